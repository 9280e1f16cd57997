namespace Connectors.Mft.Tests.Tasks.Fixtures;

public static class TestFiles
{
    /// <summary>Bytes that do not compress to nothing and differ per seed, so a mix-up shows.</summary>
    public static byte[] Content(int size, int seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);

        // Half text, so compression has something to do.
        for (var i = 0; i < size / 2; i++)
        {
            bytes[i] = (byte)('a' + (i % 26));
        }

        return bytes;
    }
}
