using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Security;
using Connectors.Oftp2.Tests.Security.Support;

namespace Connectors.Oftp2.Tests.Security;

/// <summary>
/// A file must hold the services its SFID declared, and those the agreement with the partner requires; otherwise it
/// is refused with the matching EFNA reason.
/// </summary>
public sealed class When_the_sfid_or_the_agreement_asks_for_services
{
    private static readonly byte[] Plain = "UNB+UNOC:3+SENDER+RECEIVER'"u8.ToArray();

    [Fact]
    public async Task An_unsigned_file_is_refused_when_signatures_are_required()
    {
        var transmitted = await Wrap(FileServices.Compressed);

        var failure = await Expect.FailureAsync<FileSecurityException>(
            () => Envelopes.UnwrapAsync(transmitted, new UnwrapOptions { RequireSignature = true }),
            "an unsigned file should be refused when the agreement requires signatures");

        Assert.True(failure.EndFileReason == EndFileNegativeReason.UnsignedFileNotAllowed, $"the EFNA reason should be 20, was {(int)failure.EndFileReason}");
    }

    [Fact]
    public async Task An_unencrypted_file_is_refused_when_encryption_is_required()
    {
        var transmitted = await Wrap(FileServices.Signed);

        var failure = await Expect.FailureAsync<FileSecurityException>(
            () => Envelopes.UnwrapAsync(transmitted, new UnwrapOptions { RequireEncryption = true, TrustedSignerCertificates = [InteropKeys.ClientPublic] }),
            "an unencrypted file should be refused when the agreement requires encryption");

        Assert.True(failure.EndFileReason == EndFileNegativeReason.UnencryptedFileNotAllowed, $"the EFNA reason should be 17, was {(int)failure.EndFileReason}");
    }

    [Fact]
    public async Task A_file_declared_signed_but_not_signed_fails_the_signature()
    {
        var transmitted = await Wrap(FileServices.Compressed);

        var failure = await Expect.FailureAsync<FileSecurityException>(
            () => Envelopes.UnwrapAsync(transmitted, new UnwrapOptions { ExpectedServices = FileServices.Signed | FileServices.Compressed }),
            "a file the SFID declared signed should be refused when it holds no signature");

        Assert.True(failure.EndFileReason == EndFileNegativeReason.InvalidFileSignature, $"the EFNA reason should be 21, was {(int)failure.EndFileReason}: {failure.Message}");
    }

    [Fact]
    public async Task A_file_declared_encrypted_but_not_encrypted_fails_decryption()
    {
        var transmitted = await Wrap(FileServices.Signed);

        var failure = await Expect.FailureAsync<FileSecurityException>(
            () => Envelopes.UnwrapAsync(transmitted, new UnwrapOptions
            {
                ExpectedServices = FileServices.Signed | FileServices.Encrypted,
                DecryptionCertificates = [InteropKeys.Server],
                TrustedSignerCertificates = [InteropKeys.ClientPublic],
            }),
            "a file the SFID declared encrypted should be refused when it is not");

        Assert.True(failure.EndFileReason == EndFileNegativeReason.FileDecryptionFailure, $"the EFNA reason should be 22, was {(int)failure.EndFileReason}: {failure.Message}");
    }

    [Fact]
    public async Task Octets_that_are_no_cms_are_a_malformed_envelope()
    {
        var failure = await Expect.FailureAsync<FileSecurityException>(
            () => Envelopes.UnwrapAsync(Plain, new UnwrapOptions()),
            "a plain file given as a CMS file should be refused");

        Assert.True(failure.Failure == FileSecurityFailure.MalformedEnvelope, $"the failure should be a malformed envelope, was {failure.Failure}");
        Assert.True(failure.NegativeEndResponseReason == NegativeEndResponseReason.FileProcessingFailed, $"the NERP reason should be 34, was {(int)failure.NegativeEndResponseReason}");
    }

    [Fact]
    public void The_sfid_fields_declare_the_services()
    {
        Assert.True(
            DeclaredFileServices.From(SecurityLevel.EncryptedAndSigned, FileCompression.Zlib) == (FileServices.Encrypted | FileServices.Signed | FileServices.Compressed),
            "SFIDSEC 03 with SFIDCOMP 1 should declare all three services");
        Assert.True(DeclaredFileServices.From(SecurityLevel.Signed, FileCompression.None) == FileServices.Signed, "SFIDSEC 02 should declare signing only");
        Assert.True(DeclaredFileServices.From(SecurityLevel.Encrypted, FileCompression.None) == FileServices.Encrypted, "SFIDSEC 01 should declare encryption only");
        Assert.True(DeclaredFileServices.From(SecurityLevel.None, FileCompression.None) == FileServices.None, "SFIDSEC 00 should declare nothing");
    }

    private static async Task<byte[]> Wrap(FileServices services) =>
        (await Envelopes.WrapAsync(Plain, new EnvelopeOptions
        {
            Sign = services.HasFlag(FileServices.Signed),
            Compress = services.HasFlag(FileServices.Compressed),
            Encrypt = services.HasFlag(FileServices.Encrypted),
            Suite = CipherSuite.Aes256RsaSha256,
            SignerCertificate = InteropKeys.Client,
            RecipientCertificate = InteropKeys.ServerPublic,
        })).Transmitted;
}
