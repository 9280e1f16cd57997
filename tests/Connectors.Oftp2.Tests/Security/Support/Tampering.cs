namespace Connectors.Oftp2.Tests.Security.Support;

/// <summary>A file, and which octet to change and how: <see cref="Where"/> is a fraction of the region under test.</summary>
public sealed record Tampering(byte[] Plain, double Where, byte Mask)
{
    public override string ToString() => $"{Plain.Length} octets, at {Where:P3}, xor 0x{Mask:X2}";

    /// <summary>An offset in [start, end).</summary>
    public int OffsetIn(int start, int end) => start + Math.Min(end - start - 1, (int)(Where * (end - start)));
}
