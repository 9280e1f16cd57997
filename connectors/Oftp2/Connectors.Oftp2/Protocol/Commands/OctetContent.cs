namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>Value equality for the binary fields of commands, so decoded and built commands compare by content.</summary>
internal static class OctetContent
{
    public static bool AreEqual(ReadOnlyMemory<byte> left, ReadOnlyMemory<byte> right) => left.Span.SequenceEqual(right.Span);

    public static int GetHashCode(ReadOnlyMemory<byte> value)
    {
        var hash = new HashCode();
        hash.AddBytes(value.Span);
        return hash.ToHashCode();
    }
}
