using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Connectors.Oftp2.Protocol.Commands;
using Microsoft.Extensions.Logging;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// The session's half-duplex line to the partner: exchange buffers in and out, decoded at the negotiated level,
/// each network wait bounded by the inactivity timer (RFC 5024 §4.7.2). Turns what the network does into the
/// session's terms: a silent partner into <see cref="PartnerTimeoutException"/>, a closed or broken connection into
/// <see cref="OdetteConnectionLostException"/>, an ESID into <see cref="PartnerEndedSessionException"/>.
/// </summary>
internal sealed class SessionChannel : IDisposable
{
    // ESIDREAST may hold 999 octets; a partner's log needs far fewer.
    private const int ReasonTextLimit = 200;

    private readonly ExchangeBufferReader _reader;
    private readonly ExchangeBufferWriter _writer;
    private readonly CancellationTokenSource _deadline;
    private readonly TimeSpan _responseTimeout;
    private readonly ILogger _logger;

    public SessionChannel(Stream transport, TimeSpan responseTimeout, ILogger logger, CancellationToken cancellation)
    {
        _reader = new ExchangeBufferReader(transport);
        _writer = new ExchangeBufferWriter(transport);
        _responseTimeout = responseTimeout;
        _logger = logger;
        Cancellation = cancellation;
        _deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
    }

    /// <summary>The caller's cancellation, handed on to the partner's callbacks.</summary>
    public CancellationToken Cancellation { get; }

    /// <summary>The level commands are encoded and decoded at: 5 until the SSIDs agree on another.</summary>
    public ProtocolLevel Level { get; set; } = ProtocolLevel.Revision20;

    /// <summary>The state we are in, for logs and for the text of violations.</summary>
    public SessionState State { get; set; }

    /// <summary>The next exchange buffer, valid until the next receive. Anything framed is sent before waiting.</summary>
    public ValueTask<ReadOnlyMemory<byte>> ReceiveAsync() =>
        _reader.TryTake(out var exchangeBuffer) ? new ValueTask<ReadOnlyMemory<byte>>(exchangeBuffer) : WaitAndReceiveAsync();

    /// <summary>The next command; an ESID ends the session with <see cref="PartnerEndedSessionException"/>.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<OdetteCommand> ReceiveCommandAsync()
    {
        var exchangeBuffer = await ReceiveAsync().ConfigureAwait(false);
        return Decode(exchangeBuffer.Span);
    }

    /// <summary>Decodes a received exchange buffer at the session's level; an ESID raises <see cref="PartnerEndedSessionException"/>.</summary>
    public OdetteCommand Decode(ReadOnlySpan<byte> exchangeBuffer)
    {
        // A level 4 partner ends with a 4-octet ESID even before the levels are agreed.
        var level = exchangeBuffer.Length == 4 && exchangeBuffer[0] == (byte)CommandCode.EndSession ? ProtocolLevel.Revision14 : Level;
        var command = CommandDecoder.Decode(exchangeBuffer, level);
        _logger.CommandReceived(command.Code, State);
        return command is EndSession endSession ? throw new PartnerEndedSessionException(endSession) : command;
    }

    /// <summary>Frames <paramref name="command"/>; it leaves with the next flush or receive.</summary>
    public ValueTask SendAsync(OdetteCommand command)
    {
        var length = CommandEncoder.GetEncodedLength(command, Level);
        _logger.CommandSent(command.Code, State);
        if (_writer.HasRoomFor(length))
        {
            _writer.Frame(command, Level, length);
            return ValueTask.CompletedTask;
        }

        return SendAfterWritingAsync(command, length);
    }

    /// <summary>Frames a DATA exchange buffer; the buffers leave when the frame array is full or at the next flush.</summary>
    public ValueTask SendDataAsync(ReadOnlyMemory<byte> exchangeBuffer)
    {
        if (_writer.HasRoomFor(exchangeBuffer.Length))
        {
            _writer.Frame(exchangeBuffer.Span);
            return ValueTask.CompletedTask;
        }

        return SendDataAfterWritingAsync(exchangeBuffer);
    }

    /// <summary>Sends everything framed now.</summary>
    public ValueTask FlushAsync() => WriteFramesAsync(flush: true);

    /// <summary>
    /// Sends ESID and, when <paramref name="awaitDisconnect"/>, waits for the partner to close the connection
    /// (WF_NDISC, §9.9) so the ESID is read before the caller closes; all within <paramref name="grace"/>. Never
    /// throws: the session is over whatever happens here.
    /// </summary>
    public async Task CloseAsync(EndSession endSession, TimeSpan grace, bool awaitDisconnect)
    {
        State = SessionState.WF_NDISC;
        using var deadline = new CancellationTokenSource(grace);
        try
        {
            var text = endSession.ReasonText.Length > ReasonTextLimit ? endSession.ReasonText[..ReasonTextLimit] : endSession.ReasonText;
            var command = endSession with { ReasonText = text };
            var length = CommandEncoder.GetEncodedLength(command, Level);
            if (!_writer.HasRoomFor(length))
            {
                await _writer.SendAsync(flush: false, deadline.Token).ConfigureAwait(false);
            }

            _writer.Frame(command, Level, length);
            _logger.CommandSent(command.Code, State);
            await _writer.SendAsync(flush: true, deadline.Token).ConfigureAwait(false);
            if (awaitDisconnect)
            {
                await WaitForDisconnectAsync(deadline.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or OdetteProtocolException || IsConnectionFailure(e))
        {
            _logger.CloseIncomplete(e);
        }
    }

    public void Dispose() => _deadline.Dispose();

    private async Task WaitForDisconnectAsync(CancellationToken cancellationToken)
    {
        do
        {
            while (_reader.TryTake(out _))
            {
            }
        }
        while (await _reader.FillAsync(cancellationToken).ConfigureAwait(false));
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<ReadOnlyMemory<byte>> WaitAndReceiveAsync()
    {
        await WriteFramesAsync(flush: true).ConfigureAwait(false);
        ReadOnlyMemory<byte> exchangeBuffer;
        while (!_reader.TryTake(out exchangeBuffer))
        {
            bool more;
            Arm();
            try
            {
                more = await _reader.FillAsync(_deadline.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (Translate(e) is { } translated)
            {
                throw translated;
            }
            finally
            {
                Disarm();
            }

            if (!more)
            {
                throw new OdetteConnectionLostException($"the partner closed the connection without an ESID, in {State}");
            }
        }

        return exchangeBuffer;
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask SendAfterWritingAsync(OdetteCommand command, int length)
    {
        await WriteFramesAsync(flush: false).ConfigureAwait(false);
        _writer.Frame(command, Level, length);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask SendDataAfterWritingAsync(ReadOnlyMemory<byte> exchangeBuffer)
    {
        await WriteFramesAsync(flush: false).ConfigureAwait(false);
        _writer.Frame(exchangeBuffer.Span);
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask WriteFramesAsync(bool flush)
    {
        if (_writer.Pending == 0 && !flush)
        {
            return;
        }

        Arm();
        try
        {
            await _writer.SendAsync(flush, _deadline.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (Translate(e) is { } translated)
        {
            // Half-written frames cannot be completed: nothing more may go out but the closing ESID.
            _writer.Discard();
            throw translated;
        }
        finally
        {
            Disarm();
        }
    }

    // The inactivity timer runs only while we wait on the network, never while the application works.
    private void Arm() => _deadline.CancelAfter(_responseTimeout);

    private void Disarm() => _deadline.CancelAfter(Timeout.InfiniteTimeSpan);

    private Exception? Translate(Exception exception) => exception switch
    {
        OperationCanceledException when Cancellation.IsCancellationRequested => null,
        OperationCanceledException => new PartnerTimeoutException(
            $"the partner sent nothing for {_responseTimeout.TotalSeconds:0.###} s in {State}", exception),
        OdetteConnectionLostException => null,
        _ when IsConnectionFailure(exception) => new OdetteConnectionLostException($"the connection broke in {State}: {exception.Message}", exception),
        _ => null,
    };

    private static bool IsConnectionFailure(Exception exception) =>
        exception is IOException or SocketException or ObjectDisposedException;
}
