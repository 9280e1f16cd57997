using Connectors.Oftp2.Protocol.Buffers;

namespace Connectors.Oftp2.Protocol.Files;

/// <summary>
/// The DATA exchange buffers of one file, each filled up to the negotiated size (RFC 5024 §7.3). The session asks
/// for the next buffer while it has credit; <see cref="Current"/> stays valid until it asks again.
/// </summary>
public sealed class DataBufferSource
{
    private readonly VirtualFileEncoder _file;
    private readonly DataBufferBuilder _builder;
    private ReadOnlyMemory<byte> _pending;
    private bool _pendingEndOfRecord;
    private bool _hasPending;
    private bool _fileEnded;

    /// <param name="file">The records to send.</param>
    /// <param name="bufferSize">The negotiated SSIDSDEB.</param>
    /// <param name="compression">Whether buffer compression was agreed.</param>
    public DataBufferSource(VirtualFileEncoder file, int bufferSize, bool compression)
    {
        ArgumentNullException.ThrowIfNull(file);
        _file = file;
        _builder = new DataBufferBuilder(bufferSize, compression);
    }

    /// <summary>The exchange buffer the last successful <see cref="MoveNextAsync"/> built.</summary>
    public ReadOnlyMemory<byte> Current { get; private set; }

    /// <summary>Builds the next exchange buffer; false when the file has been sent completely.</summary>
    public async ValueTask<bool> MoveNextAsync(CancellationToken cancellationToken = default)
    {
        _builder.Reset();
        while (true)
        {
            if (!_hasPending)
            {
                if (_fileEnded || !await _file.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    _fileEnded = true;
                    return Yield();
                }

                (_pending, _pendingEndOfRecord, _hasPending) = (_file.Current.Data, _file.Current.EndOfRecord, true);
            }

            if (_builder.TryAppend(_pending.Span, _pendingEndOfRecord, out var consumed))
            {
                _hasPending = false;
                continue;
            }

            _pending = _pending[consumed..];
            return Yield();
        }
    }

    private bool Yield()
    {
        Current = _builder.ExchangeBuffer;
        return _builder.HasSubrecords;
    }
}
