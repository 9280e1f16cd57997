using System.Security.Cryptography.X509Certificates;
using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Security;

/// <summary>What <see cref="FileEnvelope.WrapAsync"/> applies to a file before it is sent (RFC 5024 §6).</summary>
public sealed record EnvelopeOptions
{
    /// <summary>Sign the file (CMS SignedData, RFC 5024 §6.2). Needs <see cref="SignerCertificate"/> and a suite.</summary>
    public bool Sign { get; init; }

    /// <summary>Compress the file (CMS CompressedData with zlib, RFC 5024 §6.4).</summary>
    public bool Compress { get; init; }

    /// <summary>Encrypt the file (CMS EnvelopedData, RFC 5024 §6.3). Needs <see cref="RecipientCertificate"/> and a suite.</summary>
    public bool Encrypt { get; init; }

    /// <summary>SFIDCIPH: the algorithms of signing and encryption, and the hash of the transmitted file.</summary>
    public CipherSuite Suite { get; init; } = CipherSuite.None;

    /// <summary>Our certificate with its private key, to sign with.</summary>
    public X509Certificate2? SignerCertificate { get; init; }

    /// <summary>The partner's certificate, to encrypt for.</summary>
    public X509Certificate2? RecipientCertificate { get; init; }

    /// <summary>
    /// Put the signer's certificate into the SignedData. Off by default: RFC 5024 §6.2 recommends leaving it out,
    /// since the partner already holds it.
    /// </summary>
    public bool IncludeSignerCertificate { get; init; }

    internal CipherSuiteAlgorithms? Validate()
    {
        if (!Sign && !Encrypt)
        {
            return CipherSuiteAlgorithms.TryOf(Suite, out var optional) ? optional : null;
        }

        var algorithms = CipherSuiteAlgorithms.TryOf(Suite, out var found)
            ? found
            : throw new ArgumentException($"Signing and encryption need a cipher suite 01-06, not {(int)Suite:D2}", nameof(Suite));
        if (Sign && SignerCertificate is not { HasPrivateKey: true })
        {
            throw new ArgumentException("Signing needs our certificate with its private key", nameof(SignerCertificate));
        }

        if (Encrypt && RecipientCertificate is null)
        {
            throw new ArgumentException("Encryption needs the partner's certificate", nameof(RecipientCertificate));
        }

        return algorithms;
    }
}
