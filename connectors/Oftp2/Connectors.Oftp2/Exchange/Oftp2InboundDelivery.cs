using Connectors.Sdk.Messages;

namespace Connectors.Oftp2.Exchange;

/// <summary>
/// Where files go that a partner sends in a session we opened. A running OFTP2 receiver offers its sink
/// here, so files that arrive either way reach the same flow; with no receiver running, sessions we open
/// announce themselves as send-only and the partner keeps its files for later.
/// </summary>
public sealed class Oftp2InboundDelivery
{
    private volatile IMessageSink? _sink;

    public IMessageSink? Sink => _sink;

    public IDisposable Offer(IMessageSink sink)
    {
        _sink = sink;
        return new Withdrawal(this, sink);
    }

    private sealed class Withdrawal(Oftp2InboundDelivery owner, IMessageSink sink) : IDisposable
    {
        public void Dispose() => Interlocked.CompareExchange(ref owner._sink, null, sink);
    }
}
