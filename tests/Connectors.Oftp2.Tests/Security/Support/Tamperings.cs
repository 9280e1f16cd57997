using FsCheck;
using FsCheck.Fluent;

namespace Connectors.Oftp2.Tests.Security.Support;

/// <summary>Files of 64 octets to 20 KiB with a random octet to change by a non-zero mask.</summary>
public static class Tamperings
{
    public static Arbitrary<Tampering> Cases() => Arb.From(
        from length in Gen.Choose(64, 20 * 1024)
        from seed in Gen.Choose(int.MinValue, int.MaxValue)
        from position in Gen.Choose(0, 999_999)
        from mask in Gen.Choose(1, 255)
        select new Tampering(Random(length, seed), position / 1_000_000.0, (byte)mask));

    private static byte[] Random(int length, int seed)
    {
        var octets = new byte[length];
        new Random(seed).NextBytes(octets);
        return octets;
    }
}
