using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Security;
using Connectors.Oftp2.Tests.Security.Support;
using FsCheck.Xunit;

namespace Connectors.Oftp2.Tests.Security;

/// <summary>
/// A file changed on its way is refused with the signature reason (EFNA 21) or the decryption reason (EFNA 22),
/// and never comes out as other content.
/// </summary>
public sealed class When_a_transmitted_octet_is_changed
{
    private const CipherSuite Suite = CipherSuite.Aes256RsaSha256;

    // The encrypted content ends just before the end-of-contents octets that close its OCTET STRING, the
    // EncryptedContentInfo, the EnvelopedData, the [0] and the ContentInfo.
    private const int ClosingEndOfContents = 5 * 2;

    [Property(Arbitrary = [typeof(Tamperings)], MaxTest = 60)]
    public void A_change_in_the_encrypted_content_fails_with_the_signature_or_decryption_reason(Tampering tampering)
    {
        const FileServices services = FileServices.Signed | FileServices.Encrypted;
        var transmitted = Wrap(tampering.Plain, services);
        // The ciphertext holds the SignedData, which is longer than the file, so this region lies inside it.
        var end = transmitted.Length - ClosingEndOfContents;
        transmitted[tampering.OffsetIn(end - tampering.Plain.Length, end)] ^= tampering.Mask;

        var failure = UnwrapFailure(transmitted, services, $"{tampering}, signed and encrypted");

        Assert.True(
            failure.EndFileReason is EndFileNegativeReason.InvalidFileSignature or EndFileNegativeReason.FileDecryptionFailure,
            $"{tampering}: a changed ciphertext octet should fail with EFNA 21 or 22, was {failure.Failure} ({failure.Message})");
    }

    [Property(Arbitrary = [typeof(Tamperings)], MaxTest = 60)]
    public void A_change_in_the_signed_content_fails_with_the_signature_reason(Tampering tampering)
    {
        const FileServices services = FileServices.Signed;
        var transmitted = Wrap(tampering.Plain, services);
        var start = transmitted.AsSpan().IndexOf(tampering.Plain);
        Assert.True(start > 0, $"{tampering}: the file should stand in the SignedData as it is");
        transmitted[tampering.OffsetIn(start, start + tampering.Plain.Length)] ^= tampering.Mask;

        var failure = UnwrapFailure(transmitted, services, $"{tampering}, signed");

        Assert.True(
            failure.Failure == FileSecurityFailure.InvalidSignature && failure.EndFileReason == EndFileNegativeReason.InvalidFileSignature,
            $"{tampering}: a changed signed octet should fail as an invalid signature (EFNA 21), was {failure.Failure} ({failure.Message})");
    }

    [Property(Arbitrary = [typeof(Tamperings)], MaxTest = 100)]
    public void A_change_anywhere_never_gives_other_content(Tampering tampering)
    {
        foreach (var services in new[] { FileServices.Signed, FileServices.Signed | FileServices.Encrypted, FileServices.Signed | FileServices.Compressed | FileServices.Encrypted })
        {
            var transmitted = Wrap(tampering.Plain, services);
            transmitted[tampering.OffsetIn(0, transmitted.Length)] ^= tampering.Mask;

            byte[] plain;
            try
            {
                (plain, _) = Envelopes.UnwrapAsync(transmitted, Options(services)).GetAwaiter().GetResult();
            }
            catch (FileSecurityException)
            {
                continue;
            }

            // Some octets carry no meaning a reader checks (a tag number, an unused algorithm parameter, an
            // end-of-contents): changing them may pass, but only with the very same content.
            Expect.SameOctets(tampering.Plain, plain, $"{tampering}, {services}: a changed file that is accepted");
        }
    }

    private static byte[] Wrap(byte[] plain, FileServices services) =>
        Envelopes.WrapAsync(plain, new EnvelopeOptions
        {
            Sign = services.HasFlag(FileServices.Signed),
            Compress = services.HasFlag(FileServices.Compressed),
            Encrypt = services.HasFlag(FileServices.Encrypted),
            Suite = Suite,
            SignerCertificate = InteropKeys.Client,
            RecipientCertificate = InteropKeys.ServerPublic,
        }).GetAwaiter().GetResult().Transmitted;

    private static UnwrapOptions Options(FileServices services) => new()
    {
        DecryptionCertificates = [InteropKeys.Server],
        TrustedSignerCertificates = [InteropKeys.ClientPublic],
        Suite = Suite,
        ExpectedServices = services,
    };

    private static FileSecurityException UnwrapFailure(byte[] transmitted, FileServices services, string what) =>
        Expect.FailureAsync<FileSecurityException>(() => Envelopes.UnwrapAsync(transmitted, Options(services)), $"{what}: the changed file should be refused")
            .GetAwaiter().GetResult();
}
