using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// An EFID whose counts differ from what arrived (RFC 5024 §5.3.8) is answered EFNA 11 by the session itself; the
/// application is told the file failed instead of being asked to commit it.
/// </summary>
public sealed class When_the_end_file_counts_do_not_match
{
    [Fact]
    public async Task The_listener_answers_efna_11_and_reports_the_failure()
    {
        EndFileNegativeAnswer? answer = null;
        var server = Parties.Server();

        var result = await ScriptedSession.AgainstResponderAsync(
            Parties.Directory(server),
            async peer =>
            {
                await ScriptedCaller.StartAsync(peer);
                await peer.SendAsync(ScriptedCaller.FileOffer);
                await peer.ReceiveAsync<StartFilePositiveAnswer>();
                await peer.SendExchangeBufferAsync(ScriptedCaller.Data(new byte[100]));
                await peer.SendAsync(new EndFile(0, 101));
                answer = await peer.ReceiveAsync<EndFileNegativeAnswer>();
                await peer.SendAsync(ChangeDirection.Instance);
                await peer.ReceiveEndSessionAsync();
            });

        Assert.True(answer?.Reason == EndFileNegativeReason.InvalidByteCount, $"the peer got EFNA {(int?)answer?.Reason:D2}, 11 expected");
        Expect.Normal(result, "responder");
        Expect.Journaled(server, "FileFailed SCRIPTED.BIN 11", "FileFailedAsync reported the EFNA");
        Expect.NotJournaled(server, "FileReceived SCRIPTED.BIN", "the application was not asked to commit a wrong file");
    }
}
