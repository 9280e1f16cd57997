using Connectors.Ota.Audit;
using Connectors.Sdk.Errors;

namespace Connectors.Ota.Sending;

public sealed partial class OtaSender
{
    /// <summary>
    /// How long a message taken from the queue by recovery is held before another host may take it;
    /// an attempt ends well within it, and a second attempt would be recognised by the partner anyway.
    /// </summary>
    private static readonly TimeSpan RecoveryLease = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Sends the messages of the outbound queue that are due: those whose sender stopped (the host
    /// restarted mid-send) or whose back-off has passed. One attempt each, counted with the attempts made
    /// before; after the profile's last attempt a message is kept as failed. Returns how many were tried.
    /// </summary>
    public async Task<int> ResendDueAsync(CancellationToken cancellationToken)
    {
        var state = State();
        var audit = AuditLog();
        var delivery = new OtaDelivery(state, audit, _exchange, _logger, Clock);
        var tried = new HashSet<string>(StringComparer.Ordinal);
        while (await state.Outbound.LeaseNextAsync(OtaOutboundMessage.Channel, partner: null, RecoveryLease, cancellationToken).ConfigureAwait(false) is { } item)
        {
            if (!tried.Add(item.Id))
            {
                break;
            }

            var outbound = OtaOutboundMessage.FromItem(item);
            OtaPartner partner;
            try
            {
                partner = OtaPartner.Resolve(_operations, item.Partner);
            }
            catch (ConnectorException e)
            {
                // Left leased: it is due again once the lease ends, by when the profile may be fixed.
                OtaSenderLog.RecoveryBlocked(_logger, item.Id, e.Message);
                continue;
            }

            var earlier = await audit.FindAsync(OtaDirection.Outbound, item.Id, cancellationToken).ConfigureAwait(false);
            var record = earlier.LastOrDefault() ?? OtaDelivery.NewRecord(outbound, partner, item.CreatedAt);
            try
            {
                await delivery.AttemptAsync(outbound, partner, item.Attempts + 1, record, cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectorException)
            {
                // The queue and the audit log hold the outcome; the next round tries again when it is due.
            }
        }

        if (tried.Count > 0)
        {
            OtaSenderLog.Recovered(_logger, tried.Count);
        }

        return tried.Count;
    }
}
