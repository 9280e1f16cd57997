using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;
using Org.BouncyCastle.Cms;

namespace Connectors.Oftp2.Security;

/// <summary>
/// ODETTE-FTP secure authentication (RFC 5024 §4.2.3, §5.3.16-18): after SECD, each side sends the other a fresh
/// 20-octet random number encrypted to the other's certificate as CMS EnvelopedData (AUCH), and expects it back
/// decrypted (AURP).
/// </summary>
public static class SecureAuthentication
{
    /// <summary>The size of the random challenge and of AURPRSP (§5.3.17, §5.3.18).</summary>
    public const int ChallengeLength = 20;

    // A decrypted challenge is 20 octets; reading a few more shows a longer one without reading an unbounded one.
    private const int ReadLimit = ChallengeLength + 16;

    /// <summary>
    /// Makes a new challenge for the partner, encrypted to its certificate with the symmetric cipher of
    /// <paramref name="suite"/> (any suite's cipher may be used, §5.3.17).
    /// </summary>
    public static IssuedChallenge Issue(X509Certificate2 partnerCertificate, CipherSuite suite)
    {
        ArgumentNullException.ThrowIfNull(partnerCertificate);
        var algorithms = CipherSuiteAlgorithms.Of(suite);
        var challenge = RandomNumberGenerator.GetBytes(ChallengeLength);
        var generator = new CmsEnvelopedDataGenerator(BouncyCastleKeys.Random());
        generator.AddKeyTransRecipient(BouncyCastleKeys.Certificate(partnerCertificate));
        var envelope = generator.Generate(new CmsProcessableByteArray(challenge), algorithms.ContentEncryptionOid).GetEncoded();
        return new IssuedChallenge(challenge, envelope);
    }

    /// <summary>
    /// Decrypts a partner's AUCHCHAL with whichever of our certificates it was made for, giving the AURPRSP to send.
    /// </summary>
    /// <exception cref="SecureAuthenticationException">The challenge is not for us, not decryptable, or not 20 octets.</exception>
    public static byte[] Answer(ReadOnlySpan<byte> challengeEnvelope, IEnumerable<X509Certificate2> ourCertificates)
    {
        ArgumentNullException.ThrowIfNull(ourCertificates);
        try
        {
            var parser = new CmsEnvelopedDataParser(challengeEnvelope.ToArray());
            if (CipherSuiteAlgorithms.ContentEncryptionNameOf(parser.EncryptionAlgOid) is null)
            {
                throw new SecureAuthenticationException(
                    $"The challenge is encrypted with {parser.EncryptionAlgOid}, which no cipher suite 01-06 uses");
            }

            var recipients = parser.GetRecipientInfos();
            var opened = RecipientSelection.Open(recipients, ourCertificates)
                ?? throw new SecureAuthenticationException(
                    EndSessionReason.SecureAuthenticationRequirementsIncompatible,
                    $"The challenge is encrypted for {RecipientSelection.Describe(recipients)}, which is none of our certificates");
            var answer = ReadBounded(opened.Content.ContentStream);
            return answer.Length == ChallengeLength
                ? answer
                : throw new SecureAuthenticationException($"The decrypted challenge has {answer.Length} octets, not {ChallengeLength}");
        }
        catch (Exception e) when (e is not SecureAuthenticationException && FailureAttribution.IsAttributable(e))
        {
            throw new SecureAuthenticationException("The challenge could not be decrypted: " + e.Message, e);
        }
    }

    private static byte[] ReadBounded(Stream content)
    {
        var buffer = new byte[ReadLimit];
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = content.Read(buffer, filled, buffer.Length - filled)) > 0)
        {
            filled += read;
        }

        return buffer[..filled];
    }
}
