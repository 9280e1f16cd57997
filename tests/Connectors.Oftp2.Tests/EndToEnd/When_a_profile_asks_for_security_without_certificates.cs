using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Profiles;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_a_profile_asks_for_security_without_certificates : IAsyncLifetime
{
    private readonly Oftp2Site _client = Oftp2Site.Create(InteropCertificates.ClientCode);
    private readonly Oftp2Site _server = Oftp2Site.Create(InteropCertificates.ServerCode);

    public Task InitializeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("signFiles")]
    [InlineData("encryptFiles")]
    [InlineData("secureAuthentication")]
    [InlineData("requestSignedReceipts")]
    [InlineData("requireSigning")]
    [InlineData("requireEncryption")]
    public void The_profile_is_refused_with_an_error_naming_the_setting(string setting)
    {
        _client.Onboard("server", _server, reachable: true, extra: new JObject { ["security"] = new JObject { [setting] = true } });

        var finding = _client.ProfileFindings.SingleOrDefault(f => f.Pointer == "/security/" + setting);
        Assert.True(finding?.Severity == FindingSeverity.Error, $"{setting} without certificates must be an error at /security/{setting}; found: {string.Join("; ", _client.ProfileFindings)}");
        Assert.True(finding.Message.Contains("Certificates", StringComparison.Ordinal), $"the finding should say which certificates are missing: {finding.Message}");
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _server.DisposeAsync();
    }
}
