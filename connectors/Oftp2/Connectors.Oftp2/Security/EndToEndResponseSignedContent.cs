using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Security;

/// <summary>
/// The EERP fields a signed EERP covers (RFC 5024 §5.3.13): EERPDSN, EERPDATE, EERPTIME, EERPDEST, EERPORIG and
/// EERPHSH, each as on the wire. EERPRSV1 and EERPUSER are not covered.
/// </summary>
/// <param name="DatasetName">EERPDSN, up to 26 characters.</param>
/// <param name="Timestamp">EERPDATE and EERPTIME, the virtual file's date and time stamp.</param>
/// <param name="Destination">EERPDEST, the originator of the file, up to 25 characters.</param>
/// <param name="Originator">EERPORIG, the final recipient that answers, up to 25 characters.</param>
/// <param name="FileHash">EERPHSH, the hash of the file as transmitted with the suite's digest.</param>
public sealed record EndToEndResponseSignedContent(
    string DatasetName,
    VirtualFileTimestamp Timestamp,
    string Destination,
    string Originator,
    ReadOnlyMemory<byte> FileHash)
{
    /// <summary>The octets the EERP signature is made over: 26 + 8 + 10 + 25 + 25 + the hash.</summary>
    public byte[] ToBytes() =>
        new ReceiptFieldWriter(94 + FileHash.Length)
            .Text("EERPDSN", DatasetName, 26)
            .Timestamp(Timestamp)
            .Text("EERPDEST", Destination, 25)
            .Text("EERPORIG", Originator, 25)
            .Binary(FileHash.Span)
            .ToArray();
}
