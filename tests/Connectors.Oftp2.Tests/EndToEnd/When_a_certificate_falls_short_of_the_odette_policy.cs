using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Profiles;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_a_certificate_falls_short_of_the_odette_policy : IAsyncLifetime
{
    private readonly Oftp2Site _client = Oftp2Site.Create(InteropCertificates.ClientCode);
    private readonly Oftp2Site _server = Oftp2Site.Create(InteropCertificates.ServerCode);

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public void One_that_expires_within_30_days_is_a_warning_and_the_profile_loads()
    {
        var soon = TestCertificates.Create(Path.Combine(_client.Root, "soon"), "soon", notAfter: DateTimeOffset.UtcNow.AddDays(10));
        _client.Onboard("server", _server, reachable: true, extra: WithPartnerCertificate(soon.CertificatePath));

        var finding = _client.ProfileFindings.SingleOrDefault(f => f.Pointer == "/security/partnerCertificates/0/file");
        Assert.True(finding?.Severity == FindingSeverity.Warning && finding.Rule == "certificate-expiring-soon", $"expected a certificate-expiring-soon warning; found: {string.Join("; ", _client.ProfileFindings)}");
        Assert.True(_client.ProfileFindings.All(f => f.Severity != FindingSeverity.Error), $"a certificate expiring soon must not refuse the profile: {string.Join("; ", _client.ProfileFindings)}");
    }

    [Fact]
    public void A_key_under_2048_bits_is_an_error()
    {
        var weak = TestCertificates.Create(Path.Combine(_client.Root, "weak"), "weak", keyBits: 1024);
        _client.Onboard("server", _server, reachable: true, extra: WithPartnerCertificate(weak.CertificatePath));

        var finding = _client.ProfileFindings.SingleOrDefault(f => f.Pointer == "/security/partnerCertificates/0/file");
        Assert.True(finding?.Severity == FindingSeverity.Error && finding.Rule == "certificate-rsa-key-too-short", $"expected a certificate-rsa-key-too-short error; found: {string.Join("; ", _client.ProfileFindings)}");
    }

    private static JObject WithPartnerCertificate(string path) =>
        SecurityAgreements.Section(
            new JObject { ["encryptFiles"] = true },
            SecurityAgreements.Certificates(SecurityAgreements.Reference(InteropCertificates.ClientCertificate, keyFile: InteropCertificates.ClientKey)),
            SecurityAgreements.Certificates(SecurityAgreements.Reference(path)));

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _server.DisposeAsync();
    }
}
