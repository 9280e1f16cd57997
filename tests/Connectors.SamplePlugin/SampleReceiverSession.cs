using System.Net.Sockets;
using Connectors.SamplePlugin.Protocol;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Secrets;
using Microsoft.Extensions.Logging;

namespace Connectors.SamplePlugin;

/// <summary>
/// One partner's connection to the receiver: the login, then its files one after the other. A
/// partner that breaks the protocol, goes quiet or disappears is logged and its connection closed;
/// nothing it does ends the receiver.
/// </summary>
internal sealed class SampleReceiverSession(Socket socket, string profileName, IOperationsStore operations, IMessageSink sink, ILogger logger)
{
    private readonly string _remote = socket.RemoteEndPoint?.ToString() ?? "an unknown address";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Yield first so a slow login never holds up the accept loop that started this session.
        await Task.Yield();
        var stream = new NetworkStream(socket, ownsSocket: true);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                await ServeAsync(stream, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The receiver is stopping; the partner sees the connection close and sends again later.
            }
            catch (Exception e) when (e is IOException or SocketException or InvalidDataException or TimeoutException or ConnectorException)
            {
                logger.LogWarning("Closed the connection from {Remote}: {Reason}", _remote, e.Message);
            }
            catch (Exception e)
            {
                // Most likely the sink failed: the file was not committed, so the partner gets no answer and sends it again.
                logger.LogError(e, "Closed the connection from {Remote} without answering: {Reason}", _remote, e.Message);
            }
        }
    }

    private async Task ServeAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var profile = operations.Get<SampleProfile>(profileName);
        var idle = TimeSpan.FromSeconds(profile.Network.ResponseTimeoutSeconds);
        var reader = new ProtocolReader(stream);
        var hello = await ReadLineAsync(reader, idle, cancellationToken).ConfigureAwait(false);
        if (hello is null)
        {
            return;
        }

        if (!LoginMatches(profile, hello))
        {
            logger.LogWarning("Denied a login from {Remote}", _remote);
            await stream.WriteAsync(SampleProtocol.Encode(SampleProtocol.Denied), cancellationToken).ConfigureAwait(false);
            return;
        }

        await stream.WriteAsync(SampleProtocol.Encode(SampleProtocol.Ok), cancellationToken).ConfigureAwait(false);
        while (await ReadLineAsync(reader, idle, cancellationToken).ConfigureAwait(false) is { } command)
        {
            if (!SampleProtocol.TryParseFile(command, out var name, out var length))
            {
                throw new InvalidDataException("the partner sent something other than a FILE command");
            }

            var answer = await DeliverAsync(new PayloadReadStream(reader, length, idle), name, cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(SampleProtocol.Encode(answer), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Hands the file to the sink and chooses the answer; when the sink throws, the session ends without one.</summary>
    private async Task<string> DeliverAsync(PayloadReadStream payload, string name, CancellationToken cancellationToken)
    {
        var headers = new MessageHeaders { FileName = name, Partner = profileName };
        var result = await sink.AcceptAsync(new ConnectorMessage(payload, headers), cancellationToken).ConfigureAwait(false);
        await payload.DrainAsync(cancellationToken).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case SinkOutcome.Committed or SinkOutcome.Duplicate:
                logger.LogInformation("Stored {FileName} ({Bytes} bytes) from {Remote} as {DeliveryId} ({Outcome})", name, payload.Length, _remote, result.DeliveryId, result.Outcome);
                return SampleProtocol.Stored(result.DeliveryId ?? "unknown");
            default:
                logger.LogWarning("The flow refused {FileName} from {Remote}: {Reason}", name, _remote, result.Reason);
                return SampleProtocol.Refused(result.Reason ?? "refused by the flow");
        }
    }

    private bool LoginMatches(SampleProfile profile, string hello)
    {
        if (!SampleProtocol.TryParseHello(hello, out var user, out var password))
        {
            return false;
        }

        string expected;
        try
        {
            expected = profile.Password.Reveal();
        }
        catch (SecretResolutionException e)
        {
            logger.LogError("The password of profile {Profile} cannot be resolved, so no login can succeed: {Problem}", profileName, e.Message);
            return false;
        }

        return SampleCredentials.Match(profile.User, expected, user, password);
    }

    private static async Task<string?> ReadLineAsync(ProtocolReader reader, TimeSpan idle, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(idle);
        try
        {
            return await reader.ReadLineAsync(timer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"the partner sent nothing for {idle.TotalSeconds:0} s");
        }
    }
}
