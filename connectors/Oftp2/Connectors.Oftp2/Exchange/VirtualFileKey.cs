using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Exchange;

/// <summary>
/// What identifies a virtual file end to end (RFC 5024 §1.5.2): its name, date and time stamp, originator
/// and destination. The SFID of a file and the EERP or NERP that answers it give the same key, so a
/// response that arrives in any later session finds its delivery, and a file sent twice is recognised.
/// </summary>
public readonly record struct VirtualFileKey(string DatasetName, VirtualFileTimestamp Timestamp, string Originator, string Destination)
{
    public static VirtualFileKey Of(StartFile startFile) =>
        new(startFile.DatasetName.Trim(), startFile.Timestamp, startFile.Originator.Trim(), startFile.Destination.Trim());

    /// <summary>The key of the file an EERP answers: its EERPDEST is the file's originator, its EERPORIG the file's destination.</summary>
    public static VirtualFileKey Of(EndToEndResponse response) =>
        new(response.DatasetName.Trim(), response.Timestamp, response.Destination.Trim(), response.Originator.Trim());

    /// <summary>The key of the file a NERP answers; NERPDEST is the file's originator, NERPORIG its final recipient.</summary>
    public static VirtualFileKey Of(NegativeEndResponse response) =>
        new(response.DatasetName.Trim(), response.Timestamp, response.Destination.Trim(), response.Originator.Trim());

    /// <summary>A stable text form, used as the delivery match key and the duplicate key.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{DatasetName}|{Timestamp}|{Originator}|{Destination}");

    /// <summary>A short name safe for a file system and an id: the key's SHA-256, hex.</summary>
    public string Digest() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToString())))[..40];
}
