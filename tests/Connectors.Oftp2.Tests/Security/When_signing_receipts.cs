using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Security;
using Connectors.Oftp2.Tests.Security.Support;
using Org.BouncyCastle.Cms;

namespace Connectors.Oftp2.Tests.Security;

/// <summary>
/// A signed EERP or NERP carries a CMS SignedData over its fields with the digest of the file's cipher suite, the
/// fields encapsulated ("the envelope must contain the original data", RFC 5024 §5.3.13).
/// </summary>
public sealed class When_signing_receipts
{
    private static readonly VirtualFileTimestamp Stamp = new(new DateOnly(2026, 11, 22), new TimeOnly(11, 14, 17), 1);

    public static TheoryData<CipherSuite> Suites => new(Enum.GetValues<CipherSuite>().Where(s => s != CipherSuite.None));

    [Theory]
    [MemberData(nameof(Suites))]
    public void An_eerp_signature_verifies_with_the_suite_digest(CipherSuite suite)
    {
        var algorithms = CipherSuiteAlgorithms.Of(suite);
        var content = new EndToEndResponseSignedContent("ORDERS", Stamp, "O0013000000CLIENT", "O0013000000SERVER", HashOfLength(algorithms.Digest)).ToBytes();

        var signature = ReceiptSignature.Sign(content, InteropKeys.Server, suite);
        var verification = ReceiptSignature.Verify(signature, content, [InteropKeys.ServerPublic]);

        Assert.True(verification.IsValid, $"suite {(int)suite:D2}: our EERP signature should verify: {verification.Message}");
        Assert.True(
            Assert.Single(verification.Signers).Digest == algorithms.Digest,
            $"suite {(int)suite:D2}: the signature digest should be {algorithms.Digest}");
    }

    [Fact]
    public void A_nerp_signature_covers_the_creator()
    {
        var content = new NegativeEndResponseSignedContent("ORDERS", Stamp, "O0013000000CLIENT", "O0013000000SERVER", "O0013000000SERVER", new byte[32]).ToBytes();
        var otherCreator = new NegativeEndResponseSignedContent("ORDERS", Stamp, "O0013000000CLIENT", "O0013000000SERVER", "O0013000000HUB", new byte[32]).ToBytes();

        var signature = ReceiptSignature.Sign(content, InteropKeys.Server, CipherSuite.Aes256RsaSha256);

        Assert.True(ReceiptSignature.Verify(signature, content, [InteropKeys.ServerPublic]).IsValid, "the NERP signature should verify over its own fields");
        Assert.True(
            ReceiptSignature.Verify(signature, otherCreator, [InteropKeys.ServerPublic]).Outcome == ReceiptVerificationOutcome.ContentMismatch,
            "a NERP with another NERPCREA should not match the signature");
    }

    [Fact]
    public void The_fields_travel_inside_the_signature_and_the_certificate_does_not()
    {
        var content = new EndToEndResponseSignedContent("ORDERS", Stamp, "A", "B", new byte[20]).ToBytes();

        var signed = new CmsSignedData(ReceiptSignature.Sign(content, InteropKeys.Server, CipherSuite.Aes256RsaSha1));

        using var carried = new MemoryStream();
        Assert.True(signed.SignedContent is not null, "the EERP fields should be encapsulated in the SignedData");
        signed.SignedContent.Write(carried);
        Expect.SameOctets(content, carried.ToArray(), "the encapsulated EERP fields");
        Assert.True(
            signed.GetCertificates("Collection").GetMatches(null).Count == 0,
            "our certificate should not travel in the signature unless asked for (RFC 5024 §6.2 recommends leaving it out)");
    }

    [Fact]
    public void A_detached_signature_from_a_partner_is_accepted()
    {
        var content = new EndToEndResponseSignedContent("ORDERS", Stamp, "A", "B", new byte[20]).ToBytes();
        using var key = InteropKeys.Client.GetRSAPrivateKey()!;
        var generator = new CmsSignedDataGenerator();
        generator.AddSigner(
            Org.BouncyCastle.Security.PrivateKeyFactory.CreateKey(key.ExportPkcs8PrivateKey()),
            new Org.BouncyCastle.X509.X509CertificateParser().ReadCertificate(InteropKeys.Client.RawData),
            CmsSignedGenerator.DigestSha256);
        var detached = generator.Generate(new CmsProcessableByteArray(content), encapsulate: false).GetEncoded();

        var verification = ReceiptSignature.Verify(detached, content, [InteropKeys.ClientPublic]);

        Assert.True(verification.IsValid, $"a detached signature over the receipt fields should verify: {verification.Message}");
    }

    private static byte[] HashOfLength(HashAlgorithmName digest)
    {
        using var hash = IncrementalHash.CreateHash(digest);
        return hash.GetHashAndReset();
    }
}
