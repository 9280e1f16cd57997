using System.Collections.Concurrent;
using Connectors.Sdk.Events;

namespace Connectors.Mft.Tests.Tasks.Fixtures;

/// <summary>Keeps every event published, in order.</summary>
public sealed class CapturingEventPublisher : IEventPublisher
{
    private readonly ConcurrentQueue<ConnectorEvent> _events = new();

    public IReadOnlyList<ConnectorEvent> Events => _events.ToList();

    public ValueTask PublishAsync(ConnectorEvent connectorEvent, CancellationToken cancellationToken)
    {
        _events.Enqueue(connectorEvent);
        return ValueTask.CompletedTask;
    }
}
