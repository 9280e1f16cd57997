using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Connectors.Oftp2.Tests.Session.Support;

/// <summary>Deterministic file contents for each record format, as the local files of VirtualFileEncoder hold them.</summary>
internal static class Payloads
{
    /// <summary>Octets that do not repeat, so buffer compression finds nothing.</summary>
    public static byte[] Random(int length, int seed)
    {
        var octets = new byte[length];
        new Random(seed).NextBytes(octets);
        return octets;
    }

    /// <summary>Long runs of one octet between short random stretches, so buffer compression has work.</summary>
    public static byte[] WithRuns(int length, int seed)
    {
        var random = new Random(seed);
        var octets = new byte[length];
        var at = 0;
        while (at < length)
        {
            var run = Math.Min(random.Next(4, 300), length - at);
            octets.AsSpan(at, run).Fill((byte)random.Next(256));
            at += run;
            var noise = Math.Min(random.Next(1, 40), length - at);
            random.NextBytes(octets.AsSpan(at, noise));
            at += noise;
        }

        return octets;
    }

    /// <summary>EDIFACT-like text lines ending in CR LF.</summary>
    public static byte[] Text(int lines)
    {
        var text = new StringBuilder();
        for (var line = 0; line < lines; line++)
        {
            text.Append("LIN+").Append(line).Append("++4000862141404:SRS'QTY+21:").Append(line * 7 % 1000).Append("'\r\n");
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary><paramref name="records"/> records of exactly <paramref name="recordLength"/> octets.</summary>
    public static byte[] Fixed(int records, int recordLength, int seed) => Random(records * recordLength, seed);

    /// <summary>Records of varying length up to <paramref name="maximumRecordLength"/>, each behind a two-octet length.</summary>
    public static byte[] Variable(int records, int maximumRecordLength, int seed)
    {
        var random = new Random(seed);
        using var file = new MemoryStream();
        Span<byte> prefix = stackalloc byte[2];
        for (var record = 0; record < records; record++)
        {
            var length = random.Next(0, maximumRecordLength + 1);
            BinaryPrimitives.WriteUInt16BigEndian(prefix, (ushort)length);
            file.Write(prefix);
            var data = new byte[length];
            random.NextBytes(data);
            file.Write(data);
        }

        return file.ToArray();
    }

    public static string Sha256(ReadOnlySpan<byte> octets) => Convert.ToHexStringLower(SHA256.HashData(octets));
}
