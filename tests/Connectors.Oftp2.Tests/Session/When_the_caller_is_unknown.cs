using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>A caller whose SSIDCODE the responder does not know is turned away with ESID 03 (RFC 5024 §5.3.11).</summary>
public sealed class When_the_caller_is_unknown
{
    [Fact]
    public async Task The_responder_ends_the_session_with_esid_03()
    {
        var stranger = new MemoryPartner("O0013000000STRANGER", "WHOAMI");
        stranger.Send("NEVER.BIN", Payloads.Random(100, seed: 1), Parties.ServerCode);
        var server = Parties.Server();

        var (initiator, responder) = await LoopbackSession.RunAsync(
            Parties.ClientOffer with { IdentificationCode = "O0013000000STRANGER", Password = "WHOAMI" },
            stranger,
            Parties.Directory(server));

        Expect.EndedWith(responder, EndSessionReason.UserCodeNotKnown, byPartner: false, "responder");
        Expect.EndedWith(initiator, EndSessionReason.UserCodeNotKnown, byPartner: true, "initiator");
        Assert.True(initiator.Outcome!.Negotiated is null, "no session was negotiated");
        Assert.True(initiator.Outcome.ReasonText == "Authentication error: UNKNOWN USER", $"the initiator read '{initiator.Outcome.ReasonText}'");
        Assert.True(server.Journal.Count == 0, $"the server's application saw nothing: [{string.Join(", ", server.Journal)}]");
    }
}
