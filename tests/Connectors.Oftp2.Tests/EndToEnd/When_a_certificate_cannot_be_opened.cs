using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Profiles;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_a_certificate_cannot_be_opened : IAsyncLifetime
{
    private const string WrongPassword = "NOT-THE-PASSWORD-42";
    private readonly Oftp2Site _server = Oftp2Site.Create(InteropCertificates.ServerCode);
    private readonly Oftp2Site _client = Oftp2Site.Create(InteropCertificates.ClientCode);

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public void A_wrong_pkcs12_password_is_an_error_at_the_password_that_never_shows_it()
    {
        _server.Onboard("client", _client, reachable: false, extra: Agreement(SecurityAgreements.Reference(InteropCertificates.ServerPkcs12, password: WrongPassword)));

        var finding = _server.ProfileFindings.SingleOrDefault(f => f.Pointer == "/security/localCertificates/0/password");
        Assert.True(finding?.Severity == FindingSeverity.Error, $"expected an error at /security/localCertificates/0/password; found: {string.Join("; ", _server.ProfileFindings)}");
        Assert.True(_server.ProfileFindings.All(f => !f.ToString().Contains(WrongPassword, StringComparison.Ordinal)), "a finding repeats the password");
    }

    [Fact]
    public void A_missing_file_is_an_error_at_its_file()
    {
        _server.Onboard("client", _client, reachable: false, extra: Agreement(SecurityAgreements.Reference(Path.Combine(_server.Root, "nowhere.p12"), password: "x")));

        var finding = _server.ProfileFindings.SingleOrDefault(f => f.Pointer == "/security/localCertificates/0/file");
        Assert.True(finding?.Severity == FindingSeverity.Error, $"expected an error at /security/localCertificates/0/file; found: {string.Join("; ", _server.ProfileFindings)}");
    }

    [Fact]
    public void A_certificate_of_ours_without_its_key_is_an_error()
    {
        _server.Onboard("client", _client, reachable: false, extra: Agreement(SecurityAgreements.Reference(InteropCertificates.ServerCertificate)));

        var finding = _server.ProfileFindings.SingleOrDefault(f => f.Pointer.StartsWith("/security/localCertificates/0/", StringComparison.Ordinal));
        Assert.True(finding?.Severity == FindingSeverity.Error, $"our certificate without its private key must be an error; found: {string.Join("; ", _server.ProfileFindings)}");
    }

    private static JObject Agreement(JObject ours) =>
        SecurityAgreements.Section(null, SecurityAgreements.Certificates(ours), SecurityAgreements.Certificates(SecurityAgreements.Reference(InteropCertificates.ClientCertificate)));

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _server.DisposeAsync();
    }
}
