using System.Security.Cryptography.X509Certificates;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Security;
using Connectors.Oftp2.Tests.Security.Support;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace Connectors.Oftp2.Tests.Security;

/// <summary>
/// RFC 5024 §6.1: sign, then compress, then encrypt. Opened with the CMS library alone, our file is EnvelopedData
/// (the suite's cipher, RSA key transport to the partner by issuer and serial number) around CompressedData (zlib)
/// around SignedData (the suite's digest, the signer named by issuer and serial, no certificate) around the file,
/// every inner layer a ContentInfo under eContentType id-data, all in BER with indefinite lengths as the interop
/// partner writes it.
/// </summary>
public sealed class When_wrapping_in_the_order_of_the_rfc
{
    [Theory]
    [InlineData(CipherSuite.TripleDesRsaSha1)]
    [InlineData(CipherSuite.Aes256RsaSha256)]
    [InlineData(CipherSuite.Aes256RsaSha512)]
    public async Task The_layers_are_encryption_around_compression_around_signature(CipherSuite suite)
    {
        var algorithms = CipherSuiteAlgorithms.Of(suite);
        var plain = "UNB+UNOC:3+SENDER+RECEIVER'UNZ+1+1'"u8.ToArray();
        var (transmitted, _) = await Envelopes.WrapAsync(plain, new EnvelopeOptions
        {
            Sign = true,
            Compress = true,
            Encrypt = true,
            Suite = suite,
            SignerCertificate = InteropKeys.Client,
            RecipientCertificate = InteropKeys.ServerPublic,
        });

        Assert.True(transmitted[0] == 0x30 && transmitted[1] == 0x80, "the outer ContentInfo should be BER with an indefinite length");
        var enveloped = new CmsEnvelopedData(transmitted);
        Assert.True(enveloped.ContentInfo.ContentType.Equals(CmsObjectIdentifiers.EnvelopedData), "the outer layer should be EnvelopedData");
        Assert.True(enveloped.EncryptionAlgOid == algorithms.ContentEncryptionOid, $"the content encryption should be {algorithms.ContentEncryptionName}, was {enveloped.EncryptionAlgOid}");
        var recipient = Assert.Single(enveloped.GetRecipientInfos().GetRecipients().Cast<RecipientInformation>());
        var server = new X509CertificateParser().ReadCertificate(InteropKeys.ServerPublic.RawData);
        Assert.True(recipient.RecipientID.Match(server) && recipient.RecipientID.Issuer is not null, "the recipient should be the server certificate by issuer and serial number");
        Assert.True(recipient.KeyEncryptionAlgOid == CipherSuiteAlgorithms.RsaEncryptionOid, $"the key transport should be rsaEncryption, was {recipient.KeyEncryptionAlgOid}");

        using var serverKey = InteropKeys.Server.GetRSAPrivateKey()!;
        var decrypted = recipient.GetContent(PrivateKeyFactory.CreateKey(serverKey.ExportPkcs8PrivateKey()));
        var compressed = new CmsCompressedData(decrypted);
        Assert.True(compressed.ContentInfo.ContentType.Equals(CmsObjectIdentifiers.CompressedData), "inside the encryption should be CompressedData");

        var signed = new CmsSignedData(compressed.GetContent());
        Assert.True(signed.SignedContentType.Equals(CmsObjectIdentifiers.Data), "the signed content type should be id-data (RFC 5024 §6.1)");
        var signer = Assert.Single(signed.GetSignerInfos().GetSigners().Cast<SignerInformation>());
        Assert.True(signer.DigestAlgOid == algorithms.DigestOid, $"the digest should be {algorithms.Digest}, was {signer.DigestAlgOid}");
        Assert.True(signer.SignerID.Match(new X509CertificateParser().ReadCertificate(InteropKeys.ClientPublic.RawData)), "the signer should be the client certificate");
        Assert.True(signed.GetCertificates("Collection").GetMatches(null).Count == 0, "the signer certificate should be left out (RFC 5024 §6.2)");
        using var content = new MemoryStream();
        signed.SignedContent.Write(content);
        Expect.SameOctets(plain, content.ToArray(), "the file inside the SignedData");
    }

    [Fact]
    public async Task A_file_with_no_service_is_a_data_content_info()
    {
        var plain = "certificate exchange"u8.ToArray();
        var (transmitted, _) = await Envelopes.WrapAsync(plain, new EnvelopeOptions());

        var contentInfo = ContentInfo.GetInstance(Org.BouncyCastle.Asn1.Asn1Object.FromByteArray(transmitted));

        Assert.True(contentInfo.ContentType.Equals(CmsObjectIdentifiers.Data), "a CMS file with no service should be a ContentInfo of id-data (RFC 5024 §10.4)");
        Expect.SameOctets(plain, Org.BouncyCastle.Asn1.Asn1OctetString.GetInstance(contentInfo.Content).GetOctets(), "the id-data content");
    }
}
