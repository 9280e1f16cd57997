using Connectors.Ota.Audit;
using Connectors.Ota.Profiles;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Sdk.Connectors;
using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Connectors.Ota.Sending;

/// <summary>
/// Posts a document to a partner's OTA server with guaranteed delivery: the message and its MESSAGE_ID
/// are stored in the outbound queue before the first attempt, every retry sends the same MESSAGE_ID,
/// and the message is kept (delivered, rejected or failed) once the attempts are over.
/// </summary>
/// <remarks>
/// The state store and the audit log are taken from the services when a message is sent, not when the
/// sender is made: a host builds every connector to list them, and that must not open the state store.
/// </remarks>
public sealed partial class OtaSender : ISender<OtaSenderProperties>, IConnectionTester, IDisposable
{
    public static readonly ConnectorDescriptor SenderDescriptor = new(
        "ota-sender",
        "OTA Sender",
        ConnectorKind.Sender,
        "1.0.0",
        typeof(OtaSenderProperties),
        typeof(OtaProfile),
        "Posts a document to a partner's Oracle Transport Agent server over HTTP or HTTPS, queued durably and retried with the same MESSAGE_ID until the partner confirms it.");

    private readonly IOperationsStore _operations;
    private readonly IServiceProvider _services;
    private readonly ILogger<OtaSender> _logger;
    private readonly OtaHttpClients _clients = new();
    private readonly OtaExchange _exchange;

    public OtaSender(IOperationsStore operations, IServiceProvider services, ILogger<OtaSender> logger)
    {
        _operations = operations;
        _services = services;
        _logger = logger;
        _exchange = new OtaExchange(_clients);
    }

    public ConnectorDescriptor Descriptor => SenderDescriptor;

    public string ProfileTypeId => OtaProfile.TypeId;

    private TimeProvider Clock => _services.GetService<TimeProvider>() ?? TimeProvider.System;

    public async Task<SendReceipt> SendAsync(ConnectorMessage message, OtaSenderProperties properties, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(properties);
        var partner = OtaPartner.Resolve(_operations, properties.ConnectionName);
        if (properties.Attachments.Count > 0 && !partner.Target.ProtocolType.CarriesAttachments())
        {
            throw OtaSendFailures.Configuration(
                $"attachments need an ATCH protocol type, but profile '{partner.ProfileName}' posts {partner.Target.ProtocolType.WireName()}",
                "/attachments");
        }

        var state = State();
        var audit = AuditLog();
        var delivery = new OtaDelivery(state, audit, _exchange, _logger, Clock);
        var (messageId, fromFlow) = OtaOutboundIntake.MessageIdOf(message.Headers);
        var stored = fromFlow ? await state.Outbound.GetAsync(messageId, cancellationToken).ConfigureAwait(false) : null;
        if (stored is not null && (stored.Channel != OtaOutboundMessage.Channel || stored.Partner != partner.ProfileName))
        {
            // A MESSAGE_ID names one message to one partner; sending it elsewhere would be another message under the same id.
            throw OtaSendFailures.Configuration($"MESSAGE_ID {messageId} is already queued for {stored.Channel} partner '{stored.Partner}'");
        }

        if (stored is { State: OutboundState.Sent })
        {
            return await AlreadyDeliveredAsync(OtaOutboundMessage.FromItem(stored), audit, cancellationToken).ConfigureAwait(false);
        }

        OtaOutboundMessage outbound;
        OtaAuditRecord record;
        if (stored is not null)
        {
            // The same MESSAGE_ID is the same message: send what was stored, so the partner sees one message however often it is handed over.
            OtaSenderLog.Resuming(_logger, messageId, stored.State.ToString());
            outbound = OtaOutboundMessage.FromItem(stored);
            record = OtaDelivery.NewRecord(outbound, partner, stored.CreatedAt);
        }
        else
        {
            outbound = await OtaOutboundIntake.SpoolAsync(
                state.SpoolDirectory,
                messageId,
                message.Headers.CorrelationId ?? messageId,
                partner.ProfileName,
                OtaOutboundIntake.FieldsOf(properties, message.Headers),
                message.Payload,
                properties.Attachments,
                cancellationToken).ConfigureAwait(false);
            var now = Clock.GetUtcNow();
            await state.Outbound.EnqueueAsync(outbound.ToItem(now + partner.Claim), cancellationToken).ConfigureAwait(false);
            record = OtaDelivery.NewRecord(outbound, partner, now);
            await OtaAuditWriter.RecordAsync(audit, record, _logger).ConfigureAwait(false);
            OtaSenderLog.Queued(_logger, messageId, outbound.PayloadBytes, outbound.Attachments.Count, partner.ProfileName, partner.Target.ProtocolType.WireName(), outbound.CorrelationId);
        }

        return await delivery.DeliverAsync(outbound, partner, record, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _clients.Dispose();

    private async Task<SendReceipt> AlreadyDeliveredAsync(OtaOutboundMessage outbound, IOtaAuditLog audit, CancellationToken cancellationToken)
    {
        var records = await audit.FindAsync(OtaDirection.Outbound, outbound.MessageId, cancellationToken).ConfigureAwait(false);
        var receiptId = records.LastOrDefault(r => r.Status == OtaAuditStatus.Delivered)?.ReceiptId;
        OtaSenderLog.AlreadyDelivered(_logger, outbound.MessageId, receiptId);
        return SendReceipt.Delivered(outbound.CorrelationId, outbound.PayloadBytes, receiptId);
    }

    private IStateStore State() =>
        _services.GetService<IStateStore>() ?? throw new ConnectorException(
            ConnectorErrorKind.Configuration,
            "the OTA sender keeps its outbound queue in the state store, and none is registered; add one (UseSqliteState, or PostgreSQL)");

    private IOtaAuditLog AuditLog() => _services.GetService<IOtaAuditLog>() ?? NullOtaAuditLog.Instance;
}
