using Connectors.Oftp2.Exchange;
using Connectors.Oftp2.Profiles;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Session;
using Connectors.Oftp2.Testing;
using Connectors.Oftp2.Transport;
using Connectors.Sdk.Connectors;
using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Retry;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.State;
using Connectors.Sdk.Testing;
using Microsoft.Extensions.Logging;

namespace Connectors.Oftp2.Sending;

/// <summary>
/// Sends a file to an OFTP2 partner: resolves the partner's profile, prepares the file as transmitted,
/// records the delivery, opens a session and offers the file; an interrupted transfer is retried with
/// restart. The receipt is delivered when the EERP comes in the same session, pending (tracked until it
/// comes, in whichever later session) when it does not, and rejected on SFNA, EFNA or NERP. A partner
/// without a host only calls us: the file is queued for its next session.
/// </summary>
public sealed partial class Oftp2Sender(
    IOperationsStore operations,
    IStateStore state,
    Oftp2InboundDelivery inbound,
    ILogger<Oftp2Sender> logger) : ISender<Oftp2SenderProperties>, IConnectionTester
{
    public ConnectorDescriptor Descriptor { get; } = new(
        "oftp2-sender",
        "OFTP2 Sender",
        ConnectorKind.Sender,
        "1.0.0",
        typeof(Oftp2SenderProperties),
        typeof(Oftp2Profile),
        "Sends a file to an OFTP2 partner (RFC 5024) over TCP or TLS and reports its end-to-end response (EERP or NERP).");

    public string ProfileTypeId => "oftp2";

    public Task<ConnectionTestResult> TestConnectionAsync(string profileName, CancellationToken cancellationToken) =>
        new Oftp2ConnectionTester(operations, state, logger).TestAsync(profileName, cancellationToken);

    public async Task<SendReceipt> SendAsync(ConnectorMessage message, Oftp2SenderProperties properties, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(properties);
        var profile = operations.Get<Oftp2Profile>(properties.ConnectionName);
        await using var payload = await SecuredPayload.PrepareAsync(message, properties, profile, state.SpoolDirectory, logger, cancellationToken).ConfigureAwait(false);
        var startFile = StartFileBuilder.Build(properties, message.Headers.FileName, profile, payload);
        var correlationId = message.Headers.CorrelationId ?? Guid.NewGuid().ToString("N");
        var key = VirtualFileKey.Of(startFile);
        await state.Deliveries.TrackAsync(
            new DeliveryRecord { CorrelationId = correlationId, Channel = Oftp2Channels.Files, Partner = properties.ConnectionName, MatchKey = key.ToString(), Bytes = payload.Length, Details = DeliveryDetails.Of(startFile.SignedResponseRequested, startFile.CipherSuite, payload.Security.TransmittedHash) },
            cancellationToken).ConfigureAwait(false);

        var host = properties.Host ?? profile.Host;
        if (string.IsNullOrWhiteSpace(host))
        {
            await QueueForPickUpAsync(payload, startFile, properties.ConnectionName, correlationId, cancellationToken).ConfigureAwait(false);
            return SendReceipt.Pending(correlationId, payload.Length);
        }

        var port = properties.Port ?? profile.Port;
        var attempt = 0;
        var pipeline = RetryPipelineFactory.Create(profile.Network, logger);
        return await pipeline.ExecuteAsync(
            async ct =>
            {
                // A retry proposes the whole file as restart position; the partner answers with what it holds (§5.3.4).
                var offered = attempt++ == 0 ? startFile : startFile with { RestartPosition = startFile.FileSize };
                return await SendOnceAsync(profile, properties.ConnectionName, host, port, offered, payload, correlationId, ct).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<SendReceipt> SendOnceAsync(Oftp2Profile profile, string partnerName, string host, int port, StartFile startFile, PreparedPayload payload, string correlationId, CancellationToken cancellationToken)
    {
        var partner = new Oftp2SessionPartner(partnerName, profile, state, inbound.Sink, logger);
        var file = new OutboundFileState(correlationId, VirtualFileKey.Of(startFile), queueItemId: null);
        partner.Files.Send(new OutboundFile(startFile, _ => ValueTask.FromResult<Stream>(payload.Open()), file));
        var timeouts = new SessionTimeouts { Response = TimeSpan.FromSeconds(profile.Network.ResponseTimeoutSeconds) };
        LogSending(startFile.DatasetName, partnerName, host, port, startFile.RestartPosition);
        try
        {
            await using var transport = await OdetteConnection.OpenAsync(host, port, profile.Tls, TimeSpan.FromSeconds(profile.Network.ConnectTimeoutSeconds), cancellationToken).ConfigureAwait(false);
            var outcome = await OdetteSession.RunAsInitiatorAsync(transport, partner.Offer(), partner, timeouts, logger, cancellationToken).ConfigureAwait(false);
            return await SessionResult.ToReceiptAsync(outcome, file, state.Deliveries, payload.Length, cancellationToken).ConfigureAwait(false);
        }
        catch (OdetteConnectionLostException e)
        {
            if (file.Accepted)
            {
                // The partner has the whole file; only its EERP is outstanding, and it can come in any later session.
                return SendReceipt.Pending(correlationId, payload.Length);
            }

            throw new ConnectorException(ConnectorErrorKind.ConnectionFailed, $"the connection to {host}:{port} was lost: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new ConnectorException(ConnectorErrorKind.ConnectionFailed, $"the connection to {host}:{port} failed: {e.Message}", e);
        }
        finally
        {
            await partner.ReleaseAsync("the session ended").ConfigureAwait(false);
        }
    }

    private async Task QueueForPickUpAsync(PreparedPayload payload, StartFile startFile, string partnerName, string correlationId, CancellationToken cancellationToken)
    {
        var kept = Path.Combine(state.SpoolDirectory, "oftp2", "queued", correlationId);
        await payload.KeepAtAsync(kept, cancellationToken).ConfigureAwait(false);
        var headers = StartFileFields.From(startFile);
        headers["correlationId"] = correlationId;
        await state.Outbound.EnqueueAsync(
            new OutboundItem { Id = correlationId, Channel = Oftp2Channels.QueuedFiles, Partner = partnerName, PayloadPath = kept, Headers = headers },
            cancellationToken).ConfigureAwait(false);
        LogQueued(startFile.DatasetName, partnerName);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sending {File} to {Partner} at {Host}:{Port} (restart position offered: {Restart})")]
    private partial void LogSending(string file, string partner, string host, int port, long restart);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Partner} has no host: {File} is queued for its next session")]
    private partial void LogQueued(string file, string partner);
}
