namespace Connectors.Mft.Endpoints.S3;

/// <summary>
/// The deadline of a long upload: the connect and response timeouts to begin with, then the response
/// timeout counted again from every read of the content, so an upload that keeps moving never times out
/// however large, and one that stalls (or a server that never answers once it has everything) does.
/// </summary>
internal sealed class SilenceDeadline : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _caller;
    private readonly TimeSpan _silence;

    public SilenceDeadline(TimeSpan connect, TimeSpan silence, CancellationToken cancellationToken)
    {
        _silence = silence;
        _caller = cancellationToken;
        _source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _source.CancelAfter(connect + silence);
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
                _source.CancelAfter(_silence);
            }
        }
        catch (ObjectDisposedException)
        {
            // The request already ended while the SDK still read.
        }
    }

    public void Dispose() => _source.Dispose();
}
