using System.Collections.Concurrent;
using Connectors.Sdk.Messages;

namespace Connectors.Ota.Tests.Fixtures;

/// <summary>A flow that keeps every message it is handed in memory and commits it.</summary>
public sealed class RecordingSink : IMessageSink
{
    private readonly ConcurrentQueue<(MessageHeaders Headers, byte[] Content)> _received = new();

    public IReadOnlyList<(MessageHeaders Headers, byte[] Content)> Received => [.. _received];

    public async Task<SinkResult> AcceptAsync(ConnectorMessage message, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream();
        await message.Payload.CopyToAsync(content, cancellationToken);
        _received.Enqueue((message.Headers, content.ToArray()));
        return SinkResult.Committed("recorded-" + _received.Count);
    }
}
