namespace Connectors.Oftp2.Security;

/// <summary>Counts the octets that go through, for SFIDFSIZ/SFIDOSIZ and EFIDUCNT (RFC 5024 §5.3.3, §5.3.8).</summary>
internal sealed class ByteCountingStream(Stream inner) : PassThroughStream(inner)
{
    public long Count { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        var read = Inner.Read(buffer);
        Count += read;
        return read;
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Inner.Write(buffer);
        Count += buffer.Length;
    }
}
