using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;

namespace Connectors.Oftp2.Security;

/// <summary>
/// Writes a ContentInfo of type id-data around what is written to it: the CMS file that is neither signed,
/// compressed nor encrypted, which RFC 5024 §10.4 allows (for example to exchange certificates).
/// </summary>
internal sealed class DataContentInfoStream : PassThroughStream
{
    private readonly BerSequenceGenerator contentInfo;
    private readonly Stream octets;

    private DataContentInfoStream(BerSequenceGenerator contentInfo, Stream octets)
        : base(octets)
    {
        this.contentInfo = contentInfo;
        this.octets = octets;
    }

    public override bool CanRead => false;

    public static DataContentInfoStream Open(Stream target, int chunkSize)
    {
        var contentInfo = new BerSequenceGenerator(target);
        contentInfo.AddObject(CmsObjectIdentifiers.Data);
        var content = new BerOctetStringGenerator(contentInfo.GetRawOutputStream(), 0, true);
        return new DataContentInfoStream(contentInfo, content.GetOctetOutputStream(new byte[chunkSize]));
    }

    public override int Read(Span<byte> buffer) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            // Closing the octet stream ends the [0] OCTET STRING; closing the generator ends the SEQUENCE.
            octets.Dispose();
            contentInfo.Close();
        }

        base.Dispose(disposing);
    }
}
