using System.Globalization;
using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Security;

/// <summary>
/// Lays out EERP and NERP fields exactly as they stand in the command, because the receipt signature covers each
/// field "in its entirety, including any padding" (RFC 5024 §5.3.13): strings left justified and padded with
/// spaces, numbers right justified and padded with zeros (§5.3), ISO 646 characters (§5.1.2).
/// </summary>
internal sealed class ReceiptFieldWriter(int capacity)
{
    private readonly List<byte> octets = new(capacity);

    public ReceiptFieldWriter Text(string fieldName, string value, int width)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > width)
        {
            throw new ArgumentException($"{fieldName} is longer than its {width} octets", fieldName);
        }

        foreach (var character in value)
        {
            if (character is < ' ' or > '~')
            {
                throw new ArgumentException($"{fieldName} holds a character outside ISO 646 (RFC 5024 §5.1.2)", fieldName);
            }

            octets.Add((byte)character);
        }

        for (var pad = value.Length; pad < width; pad++)
        {
            octets.Add((byte)' ');
        }

        return this;
    }

    /// <summary>The date CCYYMMDD (8 digits) and time HHMMSScccc (10 digits) of the virtual file (§1.5.2).</summary>
    public ReceiptFieldWriter Timestamp(VirtualFileTimestamp timestamp)
    {
        var date = timestamp.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var time = timestamp.Time.ToString("HHmmss", CultureInfo.InvariantCulture) + timestamp.Counter.ToString("D4", CultureInfo.InvariantCulture);
        return Text("date", date, 8).Text("time", time, 10);
    }

    public ReceiptFieldWriter Binary(ReadOnlySpan<byte> value)
    {
        foreach (var octet in value)
        {
            octets.Add(octet);
        }

        return this;
    }

    public byte[] ToArray() => [.. octets];
}
