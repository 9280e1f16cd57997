using System.Collections.Concurrent;
using Connectors.Sdk.Messages;

namespace Connectors.Oftp2.Tests.EndToEnd.Fixtures;

/// <summary>A sink in front of the site's durable sink that remembers the headers of each message, by file name.</summary>
internal sealed class RecordingSink(IMessageSink inner) : IMessageSink
{
    public ConcurrentDictionary<string, MessageHeaders> Headers { get; } = new(StringComparer.Ordinal);

    public async Task<SinkResult> AcceptAsync(ConnectorMessage message, CancellationToken cancellationToken)
    {
        var result = await inner.AcceptAsync(message, cancellationToken);
        Headers[message.Headers.FileName ?? ""] = message.Headers;
        return result;
    }
}
