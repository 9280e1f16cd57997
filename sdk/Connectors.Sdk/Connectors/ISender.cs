using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Messages;

namespace Connectors.Sdk.Connectors;

/// <summary>Delivers one message to a partner and says where it stands.</summary>
/// <typeparam name="TProperties">The connector's properties record.</typeparam>
public interface ISender<in TProperties> : IConnector
    where TProperties : class
{
    /// <summary>
    /// Sends the message. Throws <see cref="Errors.ConnectorException"/> when it could not be handed
    /// over; a partner's refusal is a <see cref="ReceiptStatus.Rejected"/> receipt, not an exception.
    /// </summary>
    Task<SendReceipt> SendAsync(ConnectorMessage message, TProperties properties, CancellationToken cancellationToken);
}
