namespace Connectors.Oftp2.Security;

/// <summary>Gives back octets already read to look at a header, then the rest of the stream.</summary>
internal sealed class PrefixedStream(ReadOnlyMemory<byte> prefix, Stream rest) : PassThroughStream(rest)
{
    private ReadOnlyMemory<byte> pending = prefix;

    public override bool CanRead => true;

    public override bool CanWrite => false;

    public override int Read(Span<byte> buffer)
    {
        if (pending.IsEmpty)
        {
            return Inner.Read(buffer);
        }

        var count = Math.Min(buffer.Length, pending.Length);
        pending.Span[..count].CopyTo(buffer);
        pending = pending[count..];
        return count;
    }

    public override void Write(ReadOnlySpan<byte> buffer) => throw new NotSupportedException();
}
