using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd;

public sealed class When_partners_authenticate_with_certificates : IAsyncLifetime
{
    private static readonly JObject Authenticate = new() { ["secureAuthentication"] = true };
    private readonly Oftp2Site _client = Oftp2Site.Create(InteropCertificates.ClientCode);
    private readonly Oftp2Site _server = Oftp2Site.Create(InteropCertificates.ServerCode);

    public async Task InitializeAsync()
    {
        await _server.StartReceiverAsync();
        await _client.StartReceiverAsync();
    }

    [Fact]
    public async Task The_caller_and_the_listener_each_prove_their_identity_and_the_file_is_delivered()
    {
        _server.Onboard("client", _client, reachable: false, extra: SecurityAgreements.ServerSide(Authenticate));
        _client.Onboard("server", _server, reachable: true, extra: SecurityAgreements.ClientSide(Authenticate));

        var receipt = await _client.SendAsync("server", TestFiles.Random(2000), "AUTHENTICATED");

        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"after secure authentication (SECD, AUCH, AURP both ways) expected Delivered, got {receipt.Status} {receipt.ReasonCode} {receipt.Reason}");
        Assert.True(_server.Delivered("client").ContainsKey("AUTHENTICATED"), "the listener's flow did not get the file");
    }

    [Fact]
    public async Task The_other_side_calling_authenticates_the_same_way_with_its_pkcs12_key()
    {
        _client.Onboard("server", _server, reachable: false, extra: SecurityAgreements.ClientSide(Authenticate));
        _server.Onboard("client", _client, reachable: true, extra: SecurityAgreements.ServerSide(Authenticate));

        var receipt = await _server.SendAsync("client", TestFiles.Random(2000), "BACKWARDS");

        Assert.True(receipt.Status == ReceiptStatus.Delivered, $"with the roles reversed expected Delivered, got {receipt.Status} {receipt.ReasonCode} {receipt.Reason}");
        Assert.True(_client.Delivered("server").ContainsKey("BACKWARDS"), "the listener's flow did not get the file");
    }

    [Fact]
    public async Task A_challenge_encrypted_to_a_certificate_the_caller_does_not_hold_ends_the_session_with_esid_12()
    {
        var stranger = TestCertificates.Create(Path.Combine(_server.Root, "stranger"), "stranger");
        _server.Onboard("client", _client, reachable: false, extra: SecurityAgreements.ServerSide(Authenticate, clientCertificate: stranger.CertificatePath));
        _client.Onboard("server", _server, reachable: true, extra: SecurityAgreements.ClientSide(Authenticate));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _client.SendAsync("server", TestFiles.Random(2000), "IMPOSTOR"));

        Assert.True(error.Kind == ConnectorErrorKind.Authentication, $"a challenge we cannot open gave {error.Kind}: {error.Message}");
        Assert.True(error.PartnerReasonCode == "ESID12", $"expected ESID12 (secure authentication requirements incompatible), got {error.PartnerReasonCode}: {error.Message}");
        Assert.False(error.IsRetryable, "a certificate mismatch cannot be fixed by retrying");
        Assert.True(_server.Delivered("client").Count == 0, "a file arrived although authentication failed");
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _server.DisposeAsync();
    }
}
