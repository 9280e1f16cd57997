using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Security;
using Connectors.Oftp2.Tests.Security.Support;
using Org.BouncyCastle.X509;

namespace Connectors.Oftp2.Tests.Security;

/// <summary>A file we cannot decrypt is refused with the decryption reason: EFNA 22 in session, NERP 33 later.</summary>
public sealed class When_the_recipient_key_is_wrong
{
    private static readonly byte[] Plain = "UNB+UNOC:3+SENDER+RECEIVER'"u8.ToArray();

    [Fact]
    public async Task A_file_encrypted_for_another_certificate_fails_decryption()
    {
        var (transmitted, _) = await Envelopes.WrapAsync(Plain, Encrypting(InteropKeys.ClientPublic));

        var failure = await Expect.FailureAsync<FileSecurityException>(
            () => Envelopes.UnwrapAsync(transmitted, Decrypting(InteropKeys.Server)),
            "the server should not open a file encrypted for the client");

        AssertDecryptionFailure(failure);
        Assert.True(failure.Message.Contains("O0013000000CLIENT", StringComparison.Ordinal), $"the message should name the certificate the file is for: {failure.Message}");
    }

    [Fact]
    public async Task A_key_that_does_not_belong_to_the_named_certificate_fails_decryption()
    {
        // Same issuer and serial number as the client's certificate, so the recipient matches, but another key.
        var client = new X509CertificateParser().ReadCertificate(InteropKeys.ClientPublic.RawData);
        using var impostor = TestCertificates.Create(
            "IMPOSTOR", DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1), issuer: client.IssuerDN, serialNumber: client.SerialNumber);
        var (transmitted, _) = await Envelopes.WrapAsync(Plain, Encrypting(InteropKeys.ClientPublic));

        var failure = await Expect.FailureAsync<FileSecurityException>(
            () => Envelopes.UnwrapAsync(transmitted, Decrypting(impostor)),
            "a key other than the client's should not open a file encrypted for the client");

        AssertDecryptionFailure(failure);
    }

    private static EnvelopeOptions Encrypting(System.Security.Cryptography.X509Certificates.X509Certificate2 recipient) => new()
    {
        Encrypt = true,
        Sign = true,
        Suite = CipherSuite.Aes256RsaSha256,
        SignerCertificate = InteropKeys.Server,
        RecipientCertificate = recipient,
    };

    private static UnwrapOptions Decrypting(System.Security.Cryptography.X509Certificates.X509Certificate2 ours) => new()
    {
        DecryptionCertificates = [ours],
        TrustedSignerCertificates = [InteropKeys.ServerPublic],
        Suite = CipherSuite.Aes256RsaSha256,
        ExpectedServices = FileServices.Encrypted | FileServices.Signed,
    };

    private static void AssertDecryptionFailure(FileSecurityException failure)
    {
        Assert.True(failure.Failure == FileSecurityFailure.DecryptionFailed, $"the failure should be a decryption failure, was {failure.Failure}: {failure.Message}");
        Assert.True(failure.EndFileReason == EndFileNegativeReason.FileDecryptionFailure, $"the EFNA reason should be 22, was {(int)failure.EndFileReason}");
        Assert.True(
            failure.NegativeEndResponseReason == NegativeEndResponseReason.FileDecryptionFailed,
            $"the NERP reason should be 33, was {(int)failure.NegativeEndResponseReason}");
    }
}
