using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Security;
using Connectors.Oftp2.Tests.Security.Support;

namespace Connectors.Oftp2.Tests.Security;

/// <summary>
/// Partners change certificates with an overlap, so for a while two are valid: the newest is used to encrypt and
/// sign, and a file signed with either is accepted (RFC 5024 §6.2).
/// </summary>
public sealed class When_a_partner_rolls_its_certificate_over
{
    private static readonly DateTimeOffset OverlapStart = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OverlapEnd = new(2030, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Both_are_valid_in_the_overlap_with_the_newest_first()
    {
        using var old = TestCertificates.Create("PARTNER", OverlapStart.AddYears(-2), OverlapEnd);
        using var successor = TestCertificates.Create("PARTNER", OverlapStart, OverlapStart.AddYears(3));

        var valid = CertificateCheck.SelectValid([old, successor], OverlapStart.AddDays(10));

        Assert.True(valid.Count == 2, $"both certificates should be valid during the overlap, {valid.Count} were");
        Assert.True(valid[0].Thumbprint == successor.Thumbprint, "the newest certificate should come first");
    }

    [Fact]
    public void Only_the_successor_is_valid_after_the_overlap_and_only_the_old_one_before()
    {
        using var old = TestCertificates.Create("PARTNER", OverlapStart.AddYears(-2), OverlapEnd);
        using var successor = TestCertificates.Create("PARTNER", OverlapStart, OverlapStart.AddYears(3));

        var after = CertificateCheck.SelectValid([old, successor], OverlapEnd.AddDays(1));
        var before = CertificateCheck.SelectValid([old, successor], OverlapStart.AddDays(-1));

        Assert.True(after.Count == 1 && after[0].Thumbprint == successor.Thumbprint, "after the overlap only the successor should be valid");
        Assert.True(before.Count == 1 && before[0].Thumbprint == old.Thumbprint, "before the overlap only the old certificate should be valid");
    }

    [Fact]
    public async Task A_file_signed_with_the_old_certificate_is_accepted_while_both_are_trusted()
    {
        using var old = TestCertificates.Current("PARTNER");
        using var successor = TestCertificates.Current("PARTNER");
        var (transmitted, _) = await Envelopes.WrapAsync("UNA:+.? '"u8.ToArray(), new EnvelopeOptions { Sign = true, Suite = CipherSuite.Aes256RsaSha256, SignerCertificate = old });

        var (_, result) = await Envelopes.UnwrapAsync(transmitted, new UnwrapOptions { TrustedSignerCertificates = [successor, old], ExpectedServices = FileServices.Signed });

        Assert.True(
            Assert.Single(result.Signers).Certificate.Thumbprint == old.Thumbprint,
            "the signature should be matched to the old certificate by issuer and serial number, not to the successor");
    }
}
