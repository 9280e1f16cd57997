namespace Connectors.Ota.Sending;

/// <summary>
/// The deadline of one exchange: the connect and response timeouts to begin with, then the response
/// timeout again after every chunk of the body written. A large body that keeps moving never times
/// out; a partner that stops reading, or never answers, does.
/// </summary>
internal sealed class ProgressTimer : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _caller;
    private readonly TimeSpan _responseTimeout;

    public ProgressTimer(TimeSpan connectTimeout, TimeSpan responseTimeout, CancellationToken cancellationToken)
    {
        _responseTimeout = responseTimeout;
        _caller = cancellationToken;
        _source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _source.CancelAfter(connectTimeout + responseTimeout);
    }

    public CancellationToken Token => _source.Token;

    /// <summary>True when the deadline passed, as opposed to the caller cancelling.</summary>
    public bool Expired => _source.IsCancellationRequested && !_caller.IsCancellationRequested;

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
            // The exchange already ended (an early answer) while the body was still being written.
        }
    }

    public void Dispose() => _source.Dispose();
}
