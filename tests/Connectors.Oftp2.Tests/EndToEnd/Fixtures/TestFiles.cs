namespace Connectors.Oftp2.Tests.EndToEnd.Fixtures;

internal static class TestFiles
{
    /// <summary>Reproducible content that is not all one octet, so restarts and reassembly are visible.</summary>
    public static byte[] Random(int length, int seed = 5024)
    {
        var content = new byte[length];
        new Random(seed).NextBytes(content);
        return content;
    }
}
