using System.Buffers;
using System.Net.Sockets;
using Connectors.SamplePlugin.Protocol;

namespace Connectors.SamplePlugin;

/// <summary>
/// One connection to a sample partner. Every wait is bounded by the profile's timeouts and ends at once
/// when the caller cancels; failures become <see cref="Sdk.Errors.ConnectorException"/>s that name the
/// partner, never the password.
/// </summary>
internal sealed class SampleClient : IAsyncDisposable
{
    private const int CopyBufferSize = 1 << 16;

    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly ProtocolReader _reader;
    private readonly string _partner;
    private readonly TimeSpan _responseTimeout;

    private SampleClient(Socket socket, string partner, TimeSpan responseTimeout)
    {
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: true);
        _reader = new ProtocolReader(_stream);
        _partner = partner;
        _responseTimeout = responseTimeout;
    }

    public static async Task<SampleClient> ConnectAsync(string profileName, SampleProfile profile, CancellationToken cancellationToken)
    {
        var partner = $"partner '{profileName}' at {profile.Host}:{profile.Port}";
        var timeout = TimeSpan.FromSeconds(profile.Network.ConnectTimeoutSeconds);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await socket.ConnectAsync(profile.Host, profile.Port, timer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw SampleFailures.TimedOut(partner, "the connection", timeout, "/network/connectTimeoutSeconds");
        }
        catch (SocketException e) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw SampleFailures.ConnectFailed(partner, e);
        }
        catch (SocketException e)
        {
            // Cancelling can tear the connect down with a socket error of its own; the caller asked to stop, so say that.
            socket.Dispose();
            throw new OperationCanceledException("the connection was cancelled", e, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return new SampleClient(socket, partner, TimeSpan.FromSeconds(profile.Network.ResponseTimeoutSeconds));
    }

    /// <summary>Logs in; a <c>DENIED</c> answer is an authentication failure.</summary>
    public async Task LoginAsync(string user, string password, CancellationToken cancellationToken)
    {
        const string WaitingFor = "the login";
        await WriteLineAsync(SampleProtocol.Hello(user, password), WaitingFor, cancellationToken).ConfigureAwait(false);
        var answer = await ReadAnswerAsync(WaitingFor, cancellationToken).ConfigureAwait(false);
        switch (answer)
        {
            case SampleProtocol.Ok:
                return;
            case SampleProtocol.Denied:
                throw SampleFailures.Denied(_partner, user);
            default:
                throw SampleFailures.UnexpectedAnswer(_partner, WaitingFor);
        }
    }

    /// <summary>Sends <paramref name="length"/> bytes of <paramref name="payload"/> as <paramref name="name"/> and waits for the partner's answer.</summary>
    public async Task<SampleAnswer> SendFileAsync(string name, Stream payload, long length, CancellationToken cancellationToken)
    {
        const string WaitingFor = "the file";
        await WriteLineAsync(SampleProtocol.File(name, length), WaitingFor, cancellationToken).ConfigureAwait(false);
        await CopyPayloadAsync(payload, length, cancellationToken).ConfigureAwait(false);
        var answer = await ReadAnswerAsync(WaitingFor, cancellationToken).ConfigureAwait(false);
        if (answer.StartsWith(SampleProtocol.StoredPrefix, StringComparison.Ordinal))
        {
            return new SampleAnswer(Stored: true, answer[SampleProtocol.StoredPrefix.Length..]);
        }

        if (answer.StartsWith(SampleProtocol.RefusedPrefix, StringComparison.Ordinal))
        {
            return new SampleAnswer(Stored: false, answer[SampleProtocol.RefusedPrefix.Length..]);
        }

        throw SampleFailures.UnexpectedAnswer(_partner, WaitingFor);
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync().ConfigureAwait(false);
        _socket.Dispose();
    }

    private async Task WriteLineAsync(string line, string waitingFor, CancellationToken cancellationToken) =>
        await GuardAsync(
            async token =>
            {
                await _stream.WriteAsync(SampleProtocol.Encode(line), token).ConfigureAwait(false);
                return true;
            },
            waitingFor,
            cancellationToken).ConfigureAwait(false);

    private async Task<string> ReadAnswerAsync(string waitingFor, CancellationToken cancellationToken)
    {
        string? answer;
        try
        {
            answer = await GuardAsync(token => _reader.ReadLineAsync(token).AsTask(), waitingFor, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            throw SampleFailures.UnexpectedAnswer(_partner, waitingFor);
        }

        return answer ?? throw SampleFailures.ClosedBeforeAnswering(_partner, waitingFor);
    }

    // A partner that stops reading mid-file must not hang the sender: each chunk gets the response timeout anew.
    private async Task CopyPayloadAsync(Stream payload, long length, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(CopyBufferSize);
        try
        {
            var remaining = length;
            while (remaining > 0)
            {
                var read = await payload.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, remaining)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    throw SampleFailures.PayloadShorterThanItsLength(length - remaining, length);
                }

                await GuardAsync(
                    async token =>
                    {
                        await _stream.WriteAsync(buffer.AsMemory(0, read), token).ConfigureAwait(false);
                        return true;
                    },
                    "the file",
                    cancellationToken).ConfigureAwait(false);
                remaining -= read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Runs one network operation under the response timeout and maps what can go wrong.</summary>
    private async Task<T> GuardAsync<T>(Func<CancellationToken, Task<T>> operation, string waitingFor, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(_responseTimeout);
        try
        {
            return await operation(timer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw SampleFailures.TimedOut(_partner, waitingFor, _responseTimeout, "/network/responseTimeoutSeconds");
        }
        catch (Exception e) when ((e is IOException or SocketException) && !cancellationToken.IsCancellationRequested)
        {
            throw SampleFailures.ConnectionLost(_partner, e);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
        {
            // Cancelling can tear a socket operation down with its own error; the caller asked to stop, so say that.
            throw new OperationCanceledException("the send was cancelled", e, cancellationToken);
        }
    }
}
