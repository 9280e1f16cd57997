using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Security;

/// <summary>
/// The NERP fields a signed NERP covers (RFC 5024 §5.3.14): NERPDSN, NERPDATE, NERPTIME, NERPDEST, NERPORIG,
/// NERPCREA and NERPHSH, each as on the wire. NERPRSV1, the reason code and its text are not covered.
/// </summary>
/// <param name="DatasetName">NERPDSN, up to 26 characters.</param>
/// <param name="Timestamp">NERPDATE and NERPTIME, the virtual file's date and time stamp.</param>
/// <param name="Destination">NERPDEST, the originator of the file, up to 25 characters.</param>
/// <param name="Originator">NERPORIG, the final recipient of the file, up to 25 characters.</param>
/// <param name="Creator">NERPCREA, the location that created the NERP, up to 25 characters.</param>
/// <param name="FileHash">NERPHSH, the hash of the file with the suite's digest.</param>
public sealed record NegativeEndResponseSignedContent(
    string DatasetName,
    VirtualFileTimestamp Timestamp,
    string Destination,
    string Originator,
    string Creator,
    ReadOnlyMemory<byte> FileHash)
{
    /// <summary>The octets the NERP signature is made over: 26 + 8 + 10 + 25 + 25 + 25 + the hash.</summary>
    public byte[] ToBytes() =>
        new ReceiptFieldWriter(119 + FileHash.Length)
            .Text("NERPDSN", DatasetName, 26)
            .Timestamp(Timestamp)
            .Text("NERPDEST", Destination, 25)
            .Text("NERPORIG", Originator, 25)
            .Text("NERPCREA", Creator, 25)
            .Binary(FileHash.Span)
            .ToArray();
}
