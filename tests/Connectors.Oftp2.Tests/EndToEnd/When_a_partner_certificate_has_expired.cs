using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_a_partner_certificate_has_expired : IAsyncLifetime
{
    private readonly Oftp2Site _client = Oftp2Site.Create(InteropCertificates.ClientCode);
    private readonly Oftp2Site _server = Oftp2Site.Create(InteropCertificates.ServerCode);
    private TestCertificates _expired = null!;

    public async Task InitializeAsync()
    {
        await _server.StartReceiverAsync();
        _server.Onboard("client", _client, reachable: false, extra: SecurityAgreements.ServerSide());
        _expired = TestCertificates.Create(Path.Combine(_client.Root, "old"), "old-server", notAfter: DateTimeOffset.UtcNow.AddDays(-2), notBefore: DateTimeOffset.UtcNow.AddYears(-2));
    }

    [Fact]
    public async Task Alone_it_refuses_the_profile_with_an_error_at_its_pointer()
    {
        _client.Onboard("server", _server, reachable: true, extra: EncryptingTo(_expired.CertificatePath));

        var finding = _client.ProfileFindings.SingleOrDefault(f => f.Pointer == "/security/partnerCertificates/0/file");
        Assert.True(finding is not null, $"no finding at /security/partnerCertificates/0/file; found: {string.Join("; ", _client.ProfileFindings)}");
        Assert.True(finding.Severity == FindingSeverity.Error, $"an expired certificate with no valid one beside it must be an error, was {finding.Severity}: {finding}");
        Assert.True(finding.Rule == "certificate-expired", $"the finding's rule is {finding.Rule}");
        Assert.Contains(_client.ProfileFindings, f => f.Pointer == "/security/encryptFiles" && f.Severity == FindingSeverity.Error);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync("server", TestFiles.Random(100), "NEVERSENT"));
        Assert.True(error.Kind == ConnectorErrorKind.Configuration, $"sending through a refused profile gave {error.Kind}: {error.Message}");
    }

    [Fact]
    public async Task Beside_a_valid_one_it_is_a_warning_and_files_are_encrypted_to_the_valid_one()
    {
        var both = EncryptingTo(_expired.CertificatePath, InteropCertificates.ServerCertificate);
        _client.Onboard("server", _server, reachable: true, extra: both);

        var finding = _client.ProfileFindings.SingleOrDefault(f => f.Pointer == "/security/partnerCertificates/0/file");
        Assert.True(finding?.Severity == FindingSeverity.Warning, $"during a rollover the expired certificate must be a warning; found: {string.Join("; ", _client.ProfileFindings)}");
        Assert.DoesNotContain(_client.ProfileFindings, f => f.Severity == FindingSeverity.Error);

        var receipt = await _client.SendAsync("server", TestFiles.Random(3000), "ROLLEDOVER");

        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"encrypted to the valid certificate, expected Delivered, got {receipt.Status} {receipt.ReasonCode} {receipt.Reason}");
    }

    private static JObject EncryptingTo(params string[] serverCertificates) =>
        SecurityAgreements.Section(
            new JObject { ["encryptFiles"] = true },
            SecurityAgreements.Certificates(SecurityAgreements.Reference(InteropCertificates.ClientCertificate, keyFile: InteropCertificates.ClientKey)),
            SecurityAgreements.Certificates(serverCertificates.Select(path => SecurityAgreements.Reference(path)).ToArray()));

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _server.DisposeAsync();
    }
}
