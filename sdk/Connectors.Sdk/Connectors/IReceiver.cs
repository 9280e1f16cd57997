using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Messages;

namespace Connectors.Sdk.Connectors;

/// <summary>Listens for partners until cancelled and hands each inbound message to the sink.</summary>
/// <typeparam name="TProperties">The connector's properties record.</typeparam>
public interface IReceiver<in TProperties> : IConnector
    where TProperties : class
{
    /// <summary>
    /// Runs until <paramref name="cancellationToken"/> fires. Acknowledges a message to its partner
    /// only after <see cref="IMessageSink.AcceptAsync"/> returned.
    /// </summary>
    Task RunAsync(TProperties properties, IMessageSink sink, CancellationToken cancellationToken);
}
