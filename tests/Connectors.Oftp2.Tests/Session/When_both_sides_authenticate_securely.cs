using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// With SSIDAUTH Y on both sides, SECD, AUCH and AURP run in both directions before any file (RFC 5024 §4.2.4):
/// each side challenges once and answers once. An answer that does not match the challenge ends the session with
/// ESID 11 (§9.8 transition K).
/// </summary>
public sealed class When_both_sides_authenticate_securely
{
    private static readonly byte[] ClientKey = [0x11, 0x22, 0x33, 0x44];
    private static readonly byte[] ServerKey = [0x55, 0x66, 0x77];

    [Fact]
    public async Task Each_side_proves_its_identity_then_files_flow()
    {
        var clientAuthentication = new XorSecureAuthentication(ClientKey, ServerKey);
        var serverAuthentication = new XorSecureAuthentication(ServerKey, ClientKey);
        var client = Parties.Client();
        client.SecureAuthentication = clientAuthentication;
        var server = Parties.Server();
        server.SecureAuthentication = serverAuthentication;
        client.Send("AUTH.BIN", Payloads.Random(1_000, seed: 1), Parties.ServerCode);

        var (initiator, responder) = await LoopbackSession.RunAsync(
            Parties.ClientOffer with { SecureAuthentication = true },
            client,
            Parties.Directory(server, Parties.ServerOffer with { SecureAuthentication = true }));

        Expect.Normal(initiator, "initiator");
        Expect.Normal(responder, "responder");
        Assert.True(client.Negotiated?.SecureAuthentication == true && server.Negotiated?.SecureAuthentication == true, "both sides agreed secure authentication");
        Assert.True(clientAuthentication.ChallengesMade == 1 && clientAuthentication.ChallengesAnswered == 1, $"the client made {clientAuthentication.ChallengesMade} and answered {clientAuthentication.ChallengesAnswered} challenges, one each expected");
        Assert.True(serverAuthentication.ChallengesMade == 1 && serverAuthentication.ChallengesAnswered == 1, $"the server made {serverAuthentication.ChallengesMade} and answered {serverAuthentication.ChallengesAnswered} challenges, one each expected");
        Assert.True(server.Received.ContainsKey("AUTH.BIN"), "the file after authentication arrived");
    }

    [Fact]
    public async Task A_wrong_answer_ends_the_session_with_esid_11()
    {
        var client = Parties.Client();
        client.SecureAuthentication = new XorSecureAuthentication([0x01], ServerKey);
        var server = Parties.Server();
        server.SecureAuthentication = new XorSecureAuthentication(ServerKey, ClientKey);

        var (initiator, responder) = await LoopbackSession.RunAsync(
            Parties.ClientOffer with { SecureAuthentication = true },
            client,
            Parties.Directory(server, Parties.ServerOffer with { SecureAuthentication = true }));

        Expect.EndedWith(responder, EndSessionReason.InvalidChallengeResponse, byPartner: false, "responder");
        Expect.EndedWith(initiator, EndSessionReason.InvalidChallengeResponse, byPartner: true, "initiator");
        Expect.NotJournaled(server, "SessionStarted", "the session never started");
    }
}
