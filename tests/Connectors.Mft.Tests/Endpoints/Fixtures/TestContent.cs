namespace Connectors.Mft.Tests.Endpoints.Fixtures;

/// <summary>Content for transfers: random, so a misplaced or repeated block cannot go unnoticed.</summary>
public static class TestContent
{
    public static byte[] Random(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        return bytes;
    }

    public static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return copy.ToArray();
    }
}
