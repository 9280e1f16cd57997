using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>
/// EERP, the final recipient confirms delivery (RFC 5024 §5.3.13). Destination is the file's originator and
/// Originator the recipient that creates the EERP. Hash and signature are empty when unsigned, and not sent at level 4.
/// </summary>
public sealed record EndToEndResponse : OdetteCommand
{
    public override CommandCode Code => CommandCode.EndToEndResponse;

    /// <summary>EERPDSN.</summary>
    public required string DatasetName { get; init; }

    /// <summary>EERPDATE and EERPTIME, as in the SFID of the file.</summary>
    public required VirtualFileTimestamp Timestamp { get; init; }

    /// <summary>EERPUSER.</summary>
    public string UserData { get; init; } = "";

    /// <summary>EERPDEST: the originator of the file.</summary>
    public required string Destination { get; init; }

    /// <summary>EERPORIG: the final recipient, which creates this EERP.</summary>
    public required string Originator { get; init; }

    /// <summary>EERPHSH, the hash of the file as transmitted.</summary>
    public ReadOnlyMemory<byte> Hash { get; init; }

    /// <summary>EERPSIG, CMS SignedData over <see cref="ResponseSignedContent.For(EndToEndResponse)"/>.</summary>
    public ReadOnlyMemory<byte> Signature { get; init; }

    public bool Equals(EndToEndResponse? other) =>
        other is not null
        && DatasetName == other.DatasetName
        && Timestamp == other.Timestamp
        && UserData == other.UserData
        && Destination == other.Destination
        && Originator == other.Originator
        && OctetContent.AreEqual(Hash, other.Hash)
        && OctetContent.AreEqual(Signature, other.Signature);

    public override int GetHashCode() => HashCode.Combine(DatasetName, Timestamp, Destination, Originator, OctetContent.GetHashCode(Hash));
}
