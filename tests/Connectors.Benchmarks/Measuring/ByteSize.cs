using System.Globalization;

namespace Connectors.Benchmarks.Measuring;

/// <summary>Reads sizes such as <c>100MiB</c>, <c>1GiB</c> or a plain number of octets.</summary>
internal static class ByteSize
{
    public static long Parse(string text)
    {
        var units = new (string Suffix, long Factor)[] { ("GiB", 1L << 30), ("MiB", 1L << 20), ("KiB", 1L << 10) };
        foreach (var (suffix, factor) in units)
        {
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return long.Parse(text[..^suffix.Length], CultureInfo.InvariantCulture) * factor;
            }
        }

        return long.Parse(text, CultureInfo.InvariantCulture);
    }
}
