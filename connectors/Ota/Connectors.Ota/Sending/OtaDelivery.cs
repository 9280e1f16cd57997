using System.Globalization;
using Connectors.Ota.Audit;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Protocol.Status;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Retry;
using Connectors.Sdk.Messages;
using Connectors.Sdk.State;
using Microsoft.Extensions.Logging;

namespace Connectors.Ota.Sending;

/// <summary>
/// Drives a queued message to the partner's verdict: every attempt posts the same MESSAGE_ID and the same
/// spooled bytes; after each the queue and the audit log say where it stands. Delivered on 1000 (its
/// receipt id recorded); rejected on a 3xxx; retried with the profile's back-off on 2000, 2001, network
/// failures and timeouts; after the last attempt kept in the queue as failed, never dropped.
/// </summary>
internal sealed class OtaDelivery(IStateStore state, IOtaAuditLog audit, OtaExchange exchange, ILogger logger, TimeProvider clock)
{
    /// <summary>Attempts the message until a verdict or the profile's maximum, waiting the back-off between them.</summary>
    public async Task<SendReceipt> DeliverAsync(OtaOutboundMessage message, OtaPartner partner, OtaAuditRecord record, CancellationToken cancellationToken)
    {
        var retries = RetryPipelineFactory.Create(partner.Profile.Network, logger, clock);
        var attempt = 0;
        return await retries.ExecuteAsync(
            async token =>
            {
                attempt++;
                var (receipt, updated) = await AttemptAsync(message, partner, attempt, record, token).ConfigureAwait(false);
                record = updated;
                return receipt;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Attempt number <paramref name="attempt"/>: posts, then records the outcome in the queue and the
    /// audit log. Throws a retryable failure while attempts remain; after the last, the 4003 failure.
    /// </summary>
    public async Task<(SendReceipt Receipt, OtaAuditRecord Record)> AttemptAsync(
        OtaOutboundMessage message, OtaPartner partner, int attempt, OtaAuditRecord record, CancellationToken cancellationToken)
    {
        var maxAttempts = partner.Profile.Network.MaxAttempts;
        OtaAttemptResult result;
        try
        {
            var envelope = OtaRequestBuilder.SendEnvelope(message, partner.Target, partner.Profile, partner.Password);
            result = await exchange.PostAsync(
                partner.ProfileName,
                partner.Profile,
                partner.Target,
                partner.Password,
                token => OtaRequestBuilder.SendContentAsync(envelope, message, partner.Target, token),
                cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException failure) when (!cancellationToken.IsCancellationRequested)
        {
            var last = !failure.IsRetryable || attempt >= maxAttempts;
            var reported = last && failure.IsRetryable ? OtaSendFailures.MaximumAttemptsExceeded(message.MessageId, attempt, failure) : failure;
            await state.Outbound.MarkAttemptFailedAsync(message.MessageId, reported.Message, last ? null : clock.GetUtcNow() + partner.Claim, CancellationToken.None).ConfigureAwait(false);
            record = record with
            {
                Status = last ? OtaAuditStatus.Failed : OtaAuditStatus.Retrying,
                Attempts = attempt,
                ResultCode = OtaSendFailures.CodeOf(reported),
                ResultText = OtaStatusCodes.Find(OtaSendFailures.CodeOf(reported))?.Description,
                Error = reported.Message,
                CompletedAt = last ? clock.GetUtcNow() : null,
            };
            await OtaAuditWriter.RecordAsync(audit, record, logger).ConfigureAwait(false);
            if (last)
            {
                OtaSenderLog.FailedForGood(logger, message.MessageId, attempt, reported.Message);
            }
            else
            {
                OtaSenderLog.AttemptFailed(logger, attempt, maxAttempts, message.MessageId, reported.Message);
            }

            throw reported;
        }

        return result.Delivered
            ? await DeliveredAsync(message, partner, attempt, record, result).ConfigureAwait(false)
            : await RejectedAsync(message, partner, attempt, record, result).ConfigureAwait(false);
    }

    private async Task<(SendReceipt, OtaAuditRecord)> DeliveredAsync(OtaOutboundMessage message, OtaPartner partner, int attempt, OtaAuditRecord record, OtaAttemptResult result)
    {
        // The verdict is in: record it even if the caller gives up now.
        await state.Outbound.MarkSentAsync(message.MessageId, CancellationToken.None).ConfigureAwait(false);
        record = record with
        {
            Status = OtaAuditStatus.Delivered,
            Attempts = attempt,
            ResultCode = result.StatusCode,
            ResultText = result.Description,
            ReceiptId = result.ReceiptId,
            Error = null,
            CompletedAt = clock.GetUtcNow(),
        };
        await OtaAuditWriter.RecordAsync(audit, record, logger).ConfigureAwait(false);
        OtaOutboundSpool.Remove(message.SpoolFolder);
        OtaSenderLog.Delivered(logger, message.MessageId, partner.ProfileName, attempt, result.ReceiptId);
        return (SendReceipt.Delivered(message.CorrelationId, message.PayloadBytes, result.ReceiptId), record);
    }

    private async Task<(SendReceipt, OtaAuditRecord)> RejectedAsync(OtaOutboundMessage message, OtaPartner partner, int attempt, OtaAuditRecord record, OtaAttemptResult result)
    {
        var reason = $"OTA {result.StatusCode.ToString(CultureInfo.InvariantCulture)}: {result.Description}";
        await state.Outbound.MarkAttemptFailedAsync(message.MessageId, reason, null, CancellationToken.None).ConfigureAwait(false);
        record = record with
        {
            Status = OtaAuditStatus.Rejected,
            Attempts = attempt,
            ResultCode = result.StatusCode,
            ResultText = result.Description,
            Error = reason,
            CompletedAt = clock.GetUtcNow(),
        };
        await OtaAuditWriter.RecordAsync(audit, record, logger).ConfigureAwait(false);
        OtaSenderLog.Rejected(logger, message.MessageId, partner.ProfileName, result.StatusCode, result.Description);
        return (SendReceipt.Rejected(message.CorrelationId, result.StatusCode.ToString(CultureInfo.InvariantCulture), result.Description), record);
    }

    /// <summary>The outbound audit record of a message: one per MESSAGE_ID, rewritten after each attempt.</summary>
    public static OtaAuditRecord NewRecord(OtaOutboundMessage message, OtaPartner partner, DateTimeOffset startedAt) => new()
    {
        AuditId = "out:" + message.MessageId,
        Direction = OtaDirection.Outbound,
        Status = OtaAuditStatus.Queued,
        MessageId = message.MessageId,
        RequestType = OtaRequestTypes.Send,
        ContentLength = message.PayloadBytes,
        TransactionType = message.Fields.GetValueOrDefault(OtaFieldNames.TransactionType),
        TransactionSubtype = message.Fields.GetValueOrDefault(OtaFieldNames.TransactionSubtype),
        DocumentNumber = message.Fields.GetValueOrDefault(OtaFieldNames.DocumentNumber),
        PartyId = message.Fields.GetValueOrDefault(OtaFieldNames.PartyId),
        PartySiteId = message.Fields.GetValueOrDefault(OtaFieldNames.PartySiteId),
        Username = partner.Profile.Username,
        ProtocolType = partner.Target.ProtocolType.WireName(),
        ProtocolAddress = partner.Target.Address.ToString(),
        Partner = partner.ProfileName,
        StartedAt = startedAt,
    };
}
