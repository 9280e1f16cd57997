namespace Connectors.Sdk.Hosting.Timeouts;

/// <summary>
/// The deadline of one exchange that streams a body of any size: the connect and response timeouts to begin
/// with, then the response timeout again after every piece of the body that moved. A large body that keeps
/// moving never times out; a partner that stops reading, or never answers once it has everything, does.
/// An HTTP client's single timeout for the whole request would cut a large body short instead.
/// </summary>
public sealed class ProgressDeadline : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _caller;
    private readonly TimeSpan _responseTimeout;

    public ProgressDeadline(TimeSpan connectTimeout, TimeSpan responseTimeout, CancellationToken cancellationToken)
    {
        _responseTimeout = responseTimeout;
        _caller = cancellationToken;
        _source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _source.CancelAfter(connectTimeout + responseTimeout);
    }

    /// <summary>Cancelled when the deadline passes or the caller cancels.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>True when the deadline passed, as opposed to the caller cancelling.</summary>
    public bool Expired => _source.IsCancellationRequested && !_caller.IsCancellationRequested;

    /// <summary>The body moved: the response timeout starts again.</summary>
    public void Progressed()
    {
        try
        {
            if (!_source.IsCancellationRequested)
            {
                _source.CancelAfter(_responseTimeout);
            }
        }
        catch (ObjectDisposedException)
        {
            // The exchange already ended (an early answer) while the body still moved.
        }
    }

    public void Dispose() => _source.Dispose();
}
