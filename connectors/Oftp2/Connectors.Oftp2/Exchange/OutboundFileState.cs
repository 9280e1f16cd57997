using Connectors.Oftp2.Protocol.Commands;

namespace Connectors.Oftp2.Exchange;

/// <summary>What happened to one file we offered in a session; the token of its <c>OutboundFile</c>.</summary>
internal sealed class OutboundFileState(string correlationId, VirtualFileKey key, string? queueItemId)
{
    public string CorrelationId { get; } = correlationId;

    public VirtualFileKey Key { get; } = key;

    /// <summary>The pick-up queue row, when the file came from the queue.</summary>
    public string? QueueItemId { get; } = queueItemId;

    /// <summary>The partner answered EFPA: it has the whole file.</summary>
    public bool Accepted { get; set; }

    /// <summary>The partner's SFNA or EFNA, when it refused the file.</summary>
    public OdetteCommand? Refusal { get; set; }
}
