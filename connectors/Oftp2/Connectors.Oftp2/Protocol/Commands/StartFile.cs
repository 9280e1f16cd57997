using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>SFID, the attributes of a virtual file about to be sent (RFC 5024 §5.3.3).</summary>
public sealed record StartFile : OdetteCommand
{
    /// <summary>Sizes and restart positions of U and T files count blocks of this many octets (§1.5.4).</summary>
    public const int BlockSize = 1024;

    public override CommandCode Code => CommandCode.StartFile;

    /// <summary>SFIDDSN.</summary>
    public required string DatasetName { get; init; }

    /// <summary>SFIDDATE and SFIDTIME.</summary>
    public required VirtualFileTimestamp Timestamp { get; init; }

    /// <summary>SFIDUSER.</summary>
    public string UserData { get; init; } = "";

    /// <summary>SFIDDEST, the final recipient.</summary>
    public required string Destination { get; init; }

    /// <summary>SFIDORIG, the originator.</summary>
    public required string Originator { get; init; }

    /// <summary>SFIDFMT, the format of the original file.</summary>
    public VirtualFileFormat Format { get; init; } = VirtualFileFormat.Unstructured;

    /// <summary>SFIDLRECL; 0 for U and T, the record length for F, the longest record for V.</summary>
    public int MaximumRecordLength { get; init; }

    /// <summary>SFIDFSIZ, the transmitted size in 1K blocks.</summary>
    public long FileSize { get; init; }

    /// <summary>SFIDOSIZ, the original size in 1K blocks, 0 when unknown. Not sent at level 4.</summary>
    public long OriginalFileSize { get; init; }

    /// <summary>SFIDREST, records for F and V, 1K blocks for U and T (§1.5.4).</summary>
    public long RestartPosition { get; init; }

    /// <summary>SFIDSEC.</summary>
    public SecurityLevel Security { get; init; }

    /// <summary>SFIDCIPH.</summary>
    public CipherSuite CipherSuite { get; init; }

    /// <summary>SFIDCOMP.</summary>
    public FileCompression Compression { get; init; }

    /// <summary>SFIDENV.</summary>
    public FileEnveloping Enveloping { get; init; }

    /// <summary>SFIDSIGN, whether the EERP (or NERP) must be signed.</summary>
    public bool SignedResponseRequested { get; init; }

    /// <summary>SFIDDESC, UTF-8, at most 999 octets.</summary>
    public string Description { get; init; } = "";

    /// <summary>
    /// The format the DATA flows in: a signed, compressed or encrypted file "becomes unstructured, format U"
    /// and is restarted as U whatever SFIDFMT says (§5.3.3 SFIDFMT and SFIDREST).
    /// </summary>
    public VirtualFileFormat TransmissionFormat =>
        Security != SecurityLevel.None || Compression != FileCompression.None || Enveloping != FileEnveloping.None
            ? VirtualFileFormat.Unstructured
            : Format;

    /// <summary>The size in 1K blocks of a file of <paramref name="octets"/>, rounded up (SFIDFSIZ, SFIDOSIZ).</summary>
    public static long BlocksFor(long octets)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(octets);
        return (octets + BlockSize - 1) / BlockSize;
    }
}
