using Connectors.Oftp2.Protocol.Commands;
using Connectors.Sdk.State;
using Microsoft.Extensions.Logging;

namespace Connectors.Oftp2.Exchange;

/// <summary>
/// Completes the delivery of a file we sent when its EERP or NERP arrives — in the session that sent the
/// file or in any later one, whoever opened it. When the file asked for a signed receipt, the receipt is checked
/// first (<see cref="ReceiptCheck"/>): one that fails is recorded as
/// <see cref="DeliveryState.AcknowledgementInvalid"/> with its reason, never as delivered.
/// </summary>
internal sealed class ResponseTracking(IDeliveryTracker deliveries, string partner, ProfileCertificates certificates, ILogger logger)
{
    public async ValueTask ReceivedAsync(OdetteCommand response, CancellationToken cancellationToken)
    {
        var (key, state, code, text) = response switch
        {
            EndToEndResponse eerp => (VirtualFileKey.Of(eerp), DeliveryState.Delivered, (string?)null, (string?)null),
            NegativeEndResponse nerp => (VirtualFileKey.Of(nerp), DeliveryState.Rejected, $"NERP{(int)nerp.Reason:D2}", nerp.ReasonText),
            _ => throw new ArgumentException($"{response.Code} is not an end-to-end response", nameof(response)),
        };

        var pending = await deliveries.ListPendingAsync(Oftp2Channels.Files, partner, cancellationToken).ConfigureAwait(false);
        var delivery = pending.FirstOrDefault(d => d.MatchKey == key.ToString());
        if (delivery is not null && ReceiptCheck.ProblemOf(response, delivery.Details, certificates.Partners) is { } problem)
        {
            logger.LogWarning("{Partner} sent a {Response} for {File} that cannot be trusted: {Code} {Reason}", partner, response.Code, key, problem.Code, problem.Reason);
            (state, code, text) = (DeliveryState.AcknowledgementInvalid, problem.Code, code is null ? problem.Reason : $"{problem.Reason} (it said {code} {text})");
        }

        var completed = await deliveries.CompleteAsync(Oftp2Channels.Files, partner, key.ToString(), state, code, text, cancellationToken).ConfigureAwait(false);
        if (completed is null)
        {
            // Answered with RTR all the same: the partner must not send it again; an operator can look it up in the log.
            logger.LogWarning("{Partner} sent a {Response} for {File}, which no delivery awaits", partner, response.Code, key);
        }
        else
        {
            logger.LogInformation("{Partner} sent a {Response} for {File}: delivery {CorrelationId} is {State}", partner, response.Code, key, completed.CorrelationId, state);
        }
    }
}
