using Connectors.Oftp2.Protocol.Session;
using Microsoft.Extensions.Logging;

namespace Connectors.Oftp2.Tests.Session.Support;

/// <summary>
/// Runs our initiator against our responder over a real TCP connection on 127.0.0.1. Each side closes its end once
/// its session returned, as a caller would; a side that threw keeps its exception for the test.
/// </summary>
internal static class LoopbackSession
{
    public static async Task<(SessionResult Initiator, SessionResult Responder)> RunAsync(
        SessionOffer initiatorOffer,
        ISessionPartner initiator,
        ICallerDirectory responder,
        SessionTimeouts? timeouts = null,
        ILogger? logger = null,
        Func<Task<SocketPair>>? connect = null,
        Func<Stream, Stream>? wrapInitiatorStream = null)
    {
        await using var pair = await (connect ?? SocketPair.ConnectAsync)();
        var sessionTimeouts = timeouts ?? Timeouts.Session;
        var initiatorStream = wrapInitiatorStream?.Invoke(pair.Client) ?? pair.Client;
        var responding = RunSideAsync(pair.ServerSocket, () => OdetteSession.RunAsResponderAsync(pair.Server, responder, sessionTimeouts, logger));
        var initiating = RunSideAsync(pair.ClientSocket, () => OdetteSession.RunAsInitiatorAsync(initiatorStream, initiatorOffer, initiator, sessionTimeouts, logger));
        await Task.WhenAll(responding, initiating).WaitAsync(Timeouts.TestLimit);
        return (await initiating, await responding);
    }

    /// <summary>Runs one side and closes its end afterwards.</summary>
    public static async Task<SessionResult> RunSideAsync(IDisposable connection, Func<Task<SessionOutcome>> run)
    {
        try
        {
            return new SessionResult(await run(), null);
        }
        catch (Exception e)
        {
            return new SessionResult(null, e);
        }
        finally
        {
            connection.Dispose();
        }
    }
}

/// <summary>How one side's session ended: its outcome, or what it threw.</summary>
internal sealed record SessionResult(SessionOutcome? Outcome, Exception? Exception)
{
    /// <summary>The outcome, failing the test with what was thrown instead.</summary>
    public SessionOutcome Ended(string side)
    {
        Assert.True(Exception is null, $"{side}: the session threw {Exception?.GetType().Name}: {Exception?.Message}");
        return Outcome!;
    }

    /// <summary>The exception the side threw, failing the test when it returned instead.</summary>
    public TException Threw<TException>(string side)
        where TException : Exception
    {
        Assert.True(Exception is TException, $"{side}: expected {typeof(TException).Name}, got {(Exception is null ? $"the outcome ESID {(int?)Outcome?.Reason:D2}" : $"{Exception.GetType().Name}: {Exception.Message}")}");
        return (TException)Exception!;
    }
}
