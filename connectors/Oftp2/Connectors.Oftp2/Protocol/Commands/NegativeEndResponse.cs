using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>
/// NERP, a file could not be delivered or processed (RFC 5024 §5.3.14). Reason text, hash and signature are
/// not sent at level 4.
/// </summary>
public sealed record NegativeEndResponse : OdetteCommand
{
    public override CommandCode Code => CommandCode.NegativeEndResponse;

    /// <summary>NERPDSN.</summary>
    public required string DatasetName { get; init; }

    /// <summary>NERPDATE and NERPTIME, as in the SFID of the file.</summary>
    public required VirtualFileTimestamp Timestamp { get; init; }

    /// <summary>NERPDEST: the originator of the file.</summary>
    public required string Destination { get; init; }

    /// <summary>NERPORIG: the final recipient of the file.</summary>
    public required string Originator { get; init; }

    /// <summary>NERPCREA: the location that created this NERP.</summary>
    public required string Creator { get; init; }

    /// <summary>NERPREAS.</summary>
    public required NegativeEndResponseReason Reason { get; init; }

    /// <summary>NERPREAST.</summary>
    public string ReasonText { get; init; } = "";

    /// <summary>NERPHSH.</summary>
    public ReadOnlyMemory<byte> Hash { get; init; }

    /// <summary>NERPSIG, CMS SignedData over <see cref="ResponseSignedContent.For(NegativeEndResponse)"/>.</summary>
    public ReadOnlyMemory<byte> Signature { get; init; }

    public bool Equals(NegativeEndResponse? other) =>
        other is not null
        && DatasetName == other.DatasetName
        && Timestamp == other.Timestamp
        && Destination == other.Destination
        && Originator == other.Originator
        && Creator == other.Creator
        && Reason == other.Reason
        && ReasonText == other.ReasonText
        && OctetContent.AreEqual(Hash, other.Hash)
        && OctetContent.AreEqual(Signature, other.Signature);

    public override int GetHashCode() => HashCode.Combine(DatasetName, Timestamp, Destination, Originator, Creator, Reason);
}
