using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// An ESID from the partner ends the session in any state (RFC 5024 §9.12 transition D): inside a file the
/// listener hands what arrived back for a restart, and the outcome says the partner ended it, and why.
/// </summary>
public sealed class When_the_partner_ends_the_session_inside_a_file
{
    [Fact]
    public async Task The_outcome_carries_the_partners_reason_and_the_file_is_kept()
    {
        var server = Parties.Server();
        var data = Payloads.Random(3_000, seed: 5);

        var result = await ScriptedSession.AgainstResponderAsync(
            Parties.Directory(server),
            async peer =>
            {
                await ScriptedCaller.StartAsync(peer);
                await peer.SendAsync(ScriptedCaller.FileOffer);
                await peer.ReceiveAsync<StartFilePositiveAnswer>();
                await peer.SendExchangeBufferAsync(ScriptedCaller.Data(data));
                await peer.SendAsync(new EndSession(EndSessionReason.ResourcesNotAvailable, "disk full"));
            });

        Expect.EndedWith(result, EndSessionReason.ResourcesNotAvailable, byPartner: true, "responder");
        Assert.True(result.Outcome!.ReasonText == "disk full", $"the outcome reads '{result.Outcome.ReasonText}'");
        Expect.Journaled(server, "FileInterrupted SCRIPTED.BIN", "the file in reception was handed back for a restart");
        Expect.SameContent(data, server.PartialContent("SCRIPTED.BIN") ?? [], "what arrived before the ESID");
    }
}
