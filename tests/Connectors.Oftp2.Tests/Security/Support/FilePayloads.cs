using FsCheck;
using FsCheck.Fluent;

namespace Connectors.Oftp2.Tests.Security.Support;

/// <summary>
/// Files from 0 to 200 KiB: random octets or text-like runs that zlib compresses, with the lengths around the
/// cipher block and BER chunk sizes weighted in. Shrinking halves the file.
/// </summary>
public static class FilePayloads
{
    public const int MaximumLength = 200 * 1024;

    private static readonly int[] EdgeLengths = [0, 1, 7, 8, 15, 16, 17, 32767, 32768, 32769, 65536, MaximumLength];

    public static Arbitrary<FilePayload> Files() => Arb.From(Generator(), Shrink);

    private static Gen<FilePayload> Generator()
    {
        var length = Gen.Frequency(
            (2, Gen.Elements(EdgeLengths)),
            (3, Gen.Choose(0, 512)),
            (3, Gen.Choose(0, 16 * 1024)),
            (2, Gen.Choose(0, MaximumLength)));
        return from size in length
               from seed in Gen.Choose(int.MinValue, int.MaxValue)
               from compressible in Gen.Elements(true, false)
               select new FilePayload(Make(size, seed, compressible));
    }

    private static IEnumerable<FilePayload> Shrink(FilePayload payload)
    {
        for (var length = payload.Octets.Length / 2; length > 0; length /= 2)
        {
            yield return new FilePayload(payload.Octets[..length]);
        }

        if (payload.Octets.Length > 0)
        {
            yield return new FilePayload([]);
        }
    }

    private static byte[] Make(int length, int seed, bool compressible)
    {
        var random = new Random(seed);
        var octets = new byte[length];
        random.NextBytes(octets);
        if (compressible)
        {
            for (var index = 0; index < length; index++)
            {
                octets[index] = (byte)('A' + (octets[index] % 4));
            }
        }

        return octets;
    }
}
