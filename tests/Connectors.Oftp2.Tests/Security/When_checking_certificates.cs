using Connectors.Oftp2.Security;
using Connectors.Oftp2.Tests.Security.Support;

namespace Connectors.Oftp2.Tests.Security;

/// <summary>
/// A certificate check returns findings, each with a severity, a code and a message: expired or not yet valid,
/// expiring soon, an RSA key under 2048 bits, a SHA-1 signature.
/// </summary>
public sealed class When_checking_certificates
{
    private static readonly DateTimeOffset Now = new(2030, 6, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_interop_certificates_have_no_findings()
    {
        var findings = CertificateCheck.Inspect(InteropKeys.ServerPublic, Now);

        Assert.True(findings.Count == 0, $"the interop server certificate (RSA 2048, SHA-256, valid to 2045) should pass: {Describe(findings)}");
    }

    [Fact]
    public void An_expired_certificate_is_an_error()
    {
        using var certificate = TestCertificates.Create("EXPIRED", Now.AddYears(-2), Now.AddDays(-1));

        var finding = Single(CertificateCheck.Inspect(certificate, Now), CertificateFindingCodes.Expired);

        Assert.True(finding.Severity == FindingSeverity.Error, $"an expired certificate should be an error, was {finding.Severity}");
    }

    [Fact]
    public void A_certificate_not_yet_valid_is_an_error()
    {
        using var certificate = TestCertificates.Create("FUTURE", Now.AddDays(2), Now.AddYears(2));

        var finding = Single(CertificateCheck.Inspect(certificate, Now), CertificateFindingCodes.NotYetValid);

        Assert.True(finding.Severity == FindingSeverity.Error, $"a certificate not yet valid should be an error, was {finding.Severity}");
    }

    [Fact]
    public void A_certificate_expiring_within_the_warning_days_is_a_warning()
    {
        using var certificate = TestCertificates.Create("EXPIRING", Now.AddYears(-1), Now.AddDays(10));

        var finding = Single(CertificateCheck.Inspect(certificate, Now, expiryWarningDays: 30), CertificateFindingCodes.ExpiringSoon);

        Assert.True(finding.Severity == FindingSeverity.Warning, $"an expiry in 10 days should be a warning, was {finding.Severity}");
        Assert.True(
            CertificateCheck.Inspect(certificate, Now, expiryWarningDays: 5).Count == 0,
            "an expiry in 10 days should not be reported when warning only 5 days ahead");
    }

    [Fact]
    public void A_1024_bit_key_is_an_error()
    {
        using var certificate = TestCertificates.Create("WEAK", Now.AddYears(-1), Now.AddYears(1), keyBits: 1024);

        var finding = Single(CertificateCheck.Inspect(certificate, Now), CertificateFindingCodes.WeakRsaKey);

        Assert.True(finding.Severity == FindingSeverity.Error, $"a 1024-bit RSA key should be an error, was {finding.Severity}");
        Assert.True(finding.Message.Contains("1024", StringComparison.Ordinal), $"the message should give the key size: {finding.Message}");
    }

    [Fact]
    public void A_sha1_signature_is_a_warning()
    {
        using var certificate = TestCertificates.Create("SHA1", Now.AddYears(-1), Now.AddYears(1), signatureAlgorithm: "SHA1WITHRSA");

        var finding = Single(CertificateCheck.Inspect(certificate, Now), CertificateFindingCodes.Sha1Signature);

        Assert.True(finding.Severity == FindingSeverity.Warning, $"a SHA-1 signature should be a warning, was {finding.Severity}");
    }

    [Fact]
    public void Several_problems_give_several_findings()
    {
        using var certificate = TestCertificates.Create("ALL-WRONG", Now.AddYears(-3), Now.AddYears(-1), keyBits: 1024, signatureAlgorithm: "SHA1WITHRSA");

        var codes = CertificateCheck.Inspect(certificate, Now).Select(f => f.Code).Order(StringComparer.Ordinal).ToList();

        var expected = new[] { CertificateFindingCodes.Expired, CertificateFindingCodes.WeakRsaKey, CertificateFindingCodes.Sha1Signature }.Order(StringComparer.Ordinal).ToList();
        Assert.True(codes.SequenceEqual(expected), $"an expired, weak, SHA-1 certificate should give three findings, gave: {string.Join(", ", codes)}");
    }

    private static CertificateFinding Single(IReadOnlyList<CertificateFinding> findings, string code)
    {
        Assert.True(findings.Count == 1 && findings[0].Code == code, $"expected exactly the finding {code}, got: {Describe(findings)}");
        return findings[0];
    }

    private static string Describe(IReadOnlyList<CertificateFinding> findings) =>
        findings.Count == 0 ? "none" : string.Join("; ", findings.Select(f => $"{f.Severity} {f.Code}: {f.Message}"));
}
