using System.Diagnostics;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Protocol.Session;
using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// A partner that stops talking runs out the inactivity timer (RFC 5024 §4.7.2): the session sends ESID 09 and
/// returns soon after <see cref="SessionTimeouts.Response"/>, in the start phase as in a turn.
/// </summary>
public sealed class When_the_partner_stays_silent
{
    private static readonly TimeSpan Response = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task A_responder_that_never_sends_its_ssrm_gets_esid_09()
    {
        EndSession? received = null;
        var clock = Stopwatch.StartNew();

        var result = await ScriptedSession.AgainstInitiatorAsync(
            Parties.ClientOffer,
            Parties.Client(),
            async peer => received = await peer.ReceiveEndSessionAsync(),
            Timeouts.Short(Response));

        clock.Stop();
        Assert.True(received?.Reason == EndSessionReason.TimeOut, $"the silent peer got ESID {(int?)received?.Reason:D2}, 09 expected");
        Expect.EndedWith(result, EndSessionReason.TimeOut, byPartner: false, "initiator");
        Assert.True(clock.Elapsed >= Response && clock.Elapsed < TimeSpan.FromSeconds(5), $"the session ended after {clock.Elapsed.TotalMilliseconds:0} ms, soon after the {Response.TotalMilliseconds} ms time-out expected");
    }

    [Fact]
    public async Task A_caller_that_falls_silent_inside_a_file_gets_esid_09()
    {
        EndSession? received = null;
        var server = Parties.Server();

        var result = await ScriptedSession.AgainstResponderAsync(
            Parties.Directory(server),
            async peer =>
            {
                await ScriptedCaller.StartAsync(peer);
                await peer.SendAsync(ScriptedCaller.FileOffer);
                await peer.ReceiveAsync<StartFilePositiveAnswer>();
                await peer.SendExchangeBufferAsync(ScriptedCaller.Data(new byte[100]));
                received = await peer.ReceiveEndSessionAsync();
            },
            Timeouts.Short(Response));

        Assert.True(received?.Reason == EndSessionReason.TimeOut, $"the silent peer got ESID {(int?)received?.Reason:D2}, 09 expected");
        Expect.EndedWith(result, EndSessionReason.TimeOut, byPartner: false, "responder");
        Expect.Journaled(server, "FileInterrupted SCRIPTED.BIN", "the file in reception was handed back for a restart");
    }
}
