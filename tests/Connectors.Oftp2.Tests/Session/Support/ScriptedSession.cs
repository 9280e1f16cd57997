using Connectors.Oftp2.Protocol.Session;

namespace Connectors.Oftp2.Tests.Session.Support;

/// <summary>Runs our engine on one end of a loopback connection and a <see cref="ScriptedPeer"/> on the other.</summary>
internal static class ScriptedSession
{
    /// <summary>Our responder against a scripted initiator.</summary>
    public static Task<SessionResult> AgainstResponderAsync(
        ICallerDirectory callers,
        Func<ScriptedPeer, Task> script,
        SessionTimeouts? timeouts = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(
            (pair, sessionTimeouts) => LoopbackSession.RunSideAsync(
                pair.ServerSocket,
                () => OdetteSession.RunAsResponderAsync(pair.Server, callers, sessionTimeouts, cancellationToken: cancellationToken)),
            pair => pair.Client,
            script,
            timeouts);

    /// <summary>Our initiator against a scripted responder.</summary>
    public static Task<SessionResult> AgainstInitiatorAsync(
        SessionOffer offer,
        ISessionPartner partner,
        Func<ScriptedPeer, Task> script,
        SessionTimeouts? timeouts = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(
            (pair, sessionTimeouts) => LoopbackSession.RunSideAsync(
                pair.ClientSocket,
                () => OdetteSession.RunAsInitiatorAsync(pair.Client, offer, partner, sessionTimeouts, cancellationToken: cancellationToken)),
            pair => pair.Server,
            script,
            timeouts);

    private static async Task<SessionResult> RunAsync(
        Func<SocketPair, SessionTimeouts, Task<SessionResult>> engine,
        Func<SocketPair, Stream> peerEnd,
        Func<ScriptedPeer, Task> script,
        SessionTimeouts? timeouts)
    {
        await using var pair = await SocketPair.ConnectAsync();
        var running = engine(pair, timeouts ?? Timeouts.Session);
        await using (var peer = new ScriptedPeer(peerEnd(pair)))
        {
            await script(peer).WaitAsync(Timeouts.TestLimit);
        }

        // The peer hangs up once its script is done, as a partner does after an ESID.
        peerEnd(pair).Dispose();
        return await running.WaitAsync(Timeouts.TestLimit);
    }
}
