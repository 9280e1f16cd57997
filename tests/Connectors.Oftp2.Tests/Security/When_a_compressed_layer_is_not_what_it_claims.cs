using Connectors.Oftp2.Security;
using Connectors.Oftp2.Tests.Security.Support;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.X509;

namespace Connectors.Oftp2.Tests.Security;

public sealed class When_a_compressed_layer_is_not_what_it_claims
{
    private static readonly byte[] Plain = "UNB+UNOC:3+SENDER+RECEIVER'UNZ+1+1'UNB+UNOC:3+SENDER+RECEIVER'UNZ+1+1'"u8.ToArray();

    [Fact]
    public async Task What_the_writer_compresses_comes_back_whole()
    {
        var (transmitted, _) = await Envelopes.WrapAsync(Plain, new EnvelopeOptions { Compress = true });

        var (plain, result) = await Envelopes.UnwrapAsync(transmitted, new UnwrapOptions { ExpectedServices = FileServices.Compressed });

        Assert.True(plain.SequenceEqual(Plain), "a compressed file should unwrap to its original bytes");
        Assert.True(result is { WasCompressed: true, WasEncrypted: false, WasSigned: false }, $"the file should be found compressed only: {result}");
    }

    [Fact]
    public async Task An_empty_file_compresses_to_a_zlib_stream_any_reader_takes()
    {
        var (transmitted, _) = await Envelopes.WrapAsync([], new EnvelopeOptions { Compress = true });

        var (plain, _) = await Envelopes.UnwrapAsync(transmitted, new UnwrapOptions { ExpectedServices = FileServices.Compressed });
        var byTheLibrary = new Org.BouncyCastle.Cms.CmsCompressedData(transmitted).GetContent();

        var zlib = Asn1OctetString.GetInstance(CompressedData.GetInstance(ContentInfo.GetInstance(Asn1Object.FromByteArray(transmitted)).Content).EncapContentInfo.Content).GetOctets();
        Assert.True(zlib.Length >= 8 && zlib[0] == 0x78, $"an empty file should still be a whole zlib stream (header, final block, checksum), not {Convert.ToHexString(zlib)}");
        Assert.True(plain.Length == 0, $"an empty compressed file should unwrap to nothing, not {plain.Length} octets");
        Assert.True(byTheLibrary.Length == 0, $"the CMS library should inflate an empty compressed file to nothing, not {byTheLibrary.Length} octets");
    }

    [Fact]
    public async Task A_compression_algorithm_other_than_zlib_is_refused_by_name()
    {
        var (transmitted, _) = await Envelopes.WrapAsync(Plain, new EnvelopeOptions { Compress = true });
        var other = Rewrap(transmitted, algorithm: new DerObjectIdentifier("1.2.3.4.5"), damage: false);

        var failure = await Assert.ThrowsAsync<FileSecurityException>(() => Envelopes.UnwrapAsync(other, new UnwrapOptions { ExpectedServices = FileServices.Compressed }));

        Assert.True(failure.Failure == FileSecurityFailure.DecompressionFailed, $"another compression algorithm should be a decompression failure, not {failure.Failure}");
        Assert.True(failure.Message.Contains("1.2.3.4.5", StringComparison.Ordinal), $"the refusal should name the algorithm: {failure.Message}");
    }

    [Fact]
    public async Task A_damaged_zlib_stream_is_a_decompression_failure()
    {
        var (transmitted, _) = await Envelopes.WrapAsync(Plain, new EnvelopeOptions { Compress = true });
        var damaged = Rewrap(transmitted, algorithm: null, damage: true);

        var failure = await Assert.ThrowsAsync<FileSecurityException>(() => Envelopes.UnwrapAsync(damaged, new UnwrapOptions { ExpectedServices = FileServices.Compressed }));

        Assert.True(failure.Failure == FileSecurityFailure.DecompressionFailed, $"a zlib stream whose check fails should be a decompression failure, not {failure.Failure}");
    }

    /// <summary>The same CompressedData in DER, with another algorithm or with the zlib stream's last octet (its checksum) changed.</summary>
    private static byte[] Rewrap(byte[] transmitted, DerObjectIdentifier? algorithm, bool damage)
    {
        var compressed = CompressedData.GetInstance(ContentInfo.GetInstance(Asn1Object.FromByteArray(transmitted)).Content);
        var zlib = Asn1OctetString.GetInstance(compressed.EncapContentInfo.Content).GetOctets();
        if (damage)
        {
            zlib[^1] ^= 0xFF;
        }

        var rebuilt = new CompressedData(
            new AlgorithmIdentifier(algorithm ?? compressed.CompressionAlgorithmIdentifier.Algorithm),
            new ContentInfo(CmsObjectIdentifiers.Data, new BerOctetString(zlib)));
        return new ContentInfo(CmsObjectIdentifiers.CompressedData, rebuilt).GetEncoded();
    }
}
