namespace Connectors.Oftp2.Protocol.Buffers;

/// <summary>Finding runs of one repeated octet, for DATA buffer compression (RFC 5024 §7.2).</summary>
internal static class RepeatedOctets
{
    /// <summary>
    /// Runs shorter than this stay literal: a compressed subrecord costs two octets, and the literal data after
    /// it needs a header of its own, so three repeated octets gain nothing.
    /// </summary>
    public const int MinimumRun = 4;

    /// <summary>How many octets at the start of <paramref name="data"/> equal the first, up to <paramref name="limit"/>.</summary>
    public static int RunLength(ReadOnlySpan<byte> data, int limit)
    {
        var window = data[..Math.Min(limit, data.Length)];
        if (window.IsEmpty)
        {
            return 0;
        }

        var different = window.IndexOfAnyExcept(window[0]);
        return different < 0 ? window.Length : different;
    }

    /// <summary>
    /// How many octets from the start of <paramref name="data"/> (at most <paramref name="limit"/>) to send
    /// literally: up to where a run worth compressing begins.
    /// </summary>
    public static int LiteralLength(ReadOnlySpan<byte> data, int limit)
    {
        limit = Math.Min(limit, data.Length);
        for (var i = 1; i < limit; i++)
        {
            if (data[i] != data[i - 1] && RunLength(data[i..], MinimumRun) == MinimumRun)
            {
                return i;
            }
        }

        return limit;
    }
}
