using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// Cancelling a running session is a local emergency close down (RFC 5024 §3.4.2): the partner gets ESID 05, a file
/// in reception is handed back for a restart, and the session throws <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class When_the_session_is_cancelled
{
    [Fact]
    public async Task The_partner_gets_esid_05_and_the_caller_an_operation_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        EndSession? received = null;
        var server = Parties.Server();

        var result = await ScriptedSession.AgainstResponderAsync(
            Parties.Directory(server),
            async peer =>
            {
                await ScriptedCaller.StartAsync(peer);
                await peer.SendAsync(ScriptedCaller.FileOffer);
                await peer.ReceiveAsync<StartFilePositiveAnswer>();
                await peer.SendExchangeBufferAsync(ScriptedCaller.Data(new byte[500]));
                cancellation.CancelAfter(TimeSpan.FromMilliseconds(100));
                received = await peer.ReceiveEndSessionAsync();
            },
            cancellationToken: cancellation.Token);

        Assert.True(received?.Reason == EndSessionReason.LocalSiteEmergencyCloseDown, $"the peer got ESID {(int?)received?.Reason:D2}, 05 expected");
        result.Threw<OperationCanceledException>("responder");
        Expect.Journaled(server, "FileInterrupted SCRIPTED.BIN", "the file in reception was handed back for a restart");
        Assert.True(server.PartialContent("SCRIPTED.BIN")?.Length == 500, $"{server.PartialContent("SCRIPTED.BIN")?.Length} octets kept, the 500 received expected");
    }
}
