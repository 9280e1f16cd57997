namespace Connectors.Sdk.Events;

/// <summary>
/// Where connectors report events. Publishing never fails the work that reports it: a publisher queues
/// and retries delivery on its own.
/// </summary>
public interface IEventPublisher
{
    ValueTask PublishAsync(ConnectorEvent connectorEvent, CancellationToken cancellationToken);
}
