using System.IO.Compression;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Cms;

namespace Connectors.Oftp2.Security;

/// <summary>
/// Writes the compression layer of a CMS file: a ContentInfo of type id-ct-compressedData (RFC 3274) holding
/// the zlib stream (RFC 1950) of what is written to it, in BER chunks of the given size. The structure is
/// BouncyCastle's; the deflating is the platform's native zlib rather than BouncyCastle's managed one,
/// which made compression the slowest layer of a secured file.
/// </summary>
internal sealed class CompressedDataStream : PassThroughStream
{
    /// <summary>id-alg-zlibCompress (RFC 3274), the one compression algorithm of RFC 5024 §6.1.</summary>
    public static readonly DerObjectIdentifier ZlibAlgorithm = new(CmsCompressedDataStreamGenerator.ZLib);

    private readonly Stream zlib;
    private readonly Stream octets;
    private readonly BerSequenceGenerator[] structure;
    private bool wroteAny;

    private CompressedDataStream(Stream zlib, Stream octets, BerSequenceGenerator[] structure)
        : base(zlib)
    {
        this.zlib = zlib;
        this.octets = octets;
        this.structure = structure;
    }

    public override bool CanRead => false;

    public static CompressedDataStream Open(Stream target, int chunkSize)
    {
        var contentInfo = new BerSequenceGenerator(target);
        contentInfo.AddObject(CmsObjectIdentifiers.CompressedData);

        // CompressedData ::= SEQUENCE { version 0, compressionAlgorithm id-alg-zlibCompress, encapContentInfo }
        var compressedData = new BerSequenceGenerator(contentInfo.GetRawOutputStream(), 0, true);
        compressedData.AddObject(new DerInteger(0));
        compressedData.AddObject(new AlgorithmIdentifier(ZlibAlgorithm));
        var encapsulated = new BerSequenceGenerator(compressedData.GetRawOutputStream());
        encapsulated.AddObject(CmsObjectIdentifiers.Data);
        var octets = new BerOctetStringGenerator(encapsulated.GetRawOutputStream(), 0, true).GetOctetOutputStream(new byte[chunkSize]);
        var zlib = new ZLibStream(octets, CompressionLevel.Optimal, leaveOpen: true);
        return new CompressedDataStream(zlib, octets, [encapsulated, compressedData, contentInfo]);
    }

    /// <summary>The zlib stream of no data (level 6): header, an empty final block, the checksum of nothing.</summary>
    private static ReadOnlySpan<byte> EmptyZlibStream => [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01];

    public override int Read(Span<byte> buffer) => throw new NotSupportedException();

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        wroteAny |= !buffer.IsEmpty;
        base.Write(buffer);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Innermost first: the zlib stream's end, the [0] OCTET STRING's, then each SEQUENCE's. The
            // platform's zlib writes nothing at all for no data, which other inflaters refuse as truncated.
            zlib.Dispose();
            if (!wroteAny)
            {
                octets.Write(EmptyZlibStream);
            }

            octets.Dispose();
            foreach (var generator in structure)
            {
                generator.Close();
            }
        }

        base.Dispose(disposing);
    }
}
