using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Security;
using Connectors.Oftp2.Tests.Security.Support;

namespace Connectors.Oftp2.Tests.Security;

/// <summary>
/// Only the partner's configured certificates are trusted, never one carried in the CMS: a file signed by any other
/// is refused with the signature reason (EFNA 21, NERP 31).
/// </summary>
public sealed class When_the_signer_is_not_trusted
{
    private static readonly byte[] Plain = "UNB+UNOC:3+SENDER+RECEIVER'"u8.ToArray();

    [Fact]
    public async Task A_file_signed_by_another_certificate_is_refused_even_with_the_certificate_inside()
    {
        var (transmitted, _) = await Envelopes.WrapAsync(Plain, new EnvelopeOptions
        {
            Sign = true,
            Suite = CipherSuite.Aes256RsaSha256,
            SignerCertificate = InteropKeys.Client,
            IncludeSignerCertificate = true,
        });

        var failure = await Expect.FailureAsync<FileSecurityException>(
            () => Envelopes.UnwrapAsync(transmitted, new UnwrapOptions { TrustedSignerCertificates = [InteropKeys.ServerPublic], ExpectedServices = FileServices.Signed }),
            "a file signed by the client should be refused when only the server is trusted");

        Assert.True(failure.Failure == FileSecurityFailure.UntrustedSigner, $"the failure should be an untrusted signer, was {failure.Failure}: {failure.Message}");
        Assert.True(failure.EndFileReason == EndFileNegativeReason.InvalidFileSignature, $"the EFNA reason should be 21, was {(int)failure.EndFileReason}");
        Assert.True(
            failure.NegativeEndResponseReason == NegativeEndResponseReason.FileSignatureNotValid,
            $"the NERP reason should be 31, was {(int)failure.NegativeEndResponseReason}");
    }

    [Fact]
    public async Task A_signer_whose_certificate_had_expired_when_it_signed_is_refused()
    {
        using var expired = TestCertificates.Create("EXPIRED", DateTimeOffset.UtcNow.AddYears(-3), DateTimeOffset.UtcNow.AddDays(-1));
        var (transmitted, _) = await Envelopes.WrapAsync(Plain, new EnvelopeOptions { Sign = true, Suite = CipherSuite.Aes256RsaSha512, SignerCertificate = expired });

        var failure = await Expect.FailureAsync<FileSecurityException>(
            () => Envelopes.UnwrapAsync(transmitted, new UnwrapOptions { TrustedSignerCertificates = [expired], ExpectedServices = FileServices.Signed }),
            "a signature made after the signer's certificate expired should be refused");

        Assert.True(failure.Failure == FileSecurityFailure.UntrustedSigner, $"the failure should be an untrusted signer, was {failure.Failure}: {failure.Message}");
    }

    [Fact]
    public async Task No_trusted_certificate_at_all_refuses_a_signed_file()
    {
        var (transmitted, _) = await Envelopes.WrapAsync(Plain, new EnvelopeOptions { Sign = true, Suite = CipherSuite.TripleDesRsaSha1, SignerCertificate = InteropKeys.Client });

        var failure = await Expect.FailureAsync<FileSecurityException>(
            () => Envelopes.UnwrapAsync(transmitted, new UnwrapOptions()),
            "a signed file should be refused when no partner certificate is configured");

        Assert.True(failure.EndFileReason == EndFileNegativeReason.InvalidFileSignature, $"the EFNA reason should be 21, was {(int)failure.EndFileReason}");
    }
}
