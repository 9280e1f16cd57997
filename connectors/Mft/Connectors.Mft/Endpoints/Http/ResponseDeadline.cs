namespace Connectors.Mft.Endpoints.Http;

/// <summary>
/// The profile's response timeout for one request, restartable while an upload makes progress, so a
/// large file is never cut off for being large but a stalled server still is.
/// </summary>
internal sealed class ResponseDeadline : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _caller;
    private readonly TimeSpan _timeout;

    public ResponseDeadline(TimeSpan timeout, CancellationToken caller)
    {
        _timeout = timeout;
        _caller = caller;
        _source = CancellationTokenSource.CreateLinkedTokenSource(caller);
        _source.CancelAfter(timeout);
    }

    public CancellationToken Token => _source.Token;

    /// <summary>Whether the deadline, not the caller, cancelled the request.</summary>
    public bool Expired => _source.IsCancellationRequested && !_caller.IsCancellationRequested;

    /// <summary>Whether the caller cancelled: then the cancellation is passed on, not reported as a failure.</summary>
    public bool CallerCancelled => _caller.IsCancellationRequested;

    public void Restart() => _source.CancelAfter(_timeout);

    public void Dispose() => _source.Dispose();
}
