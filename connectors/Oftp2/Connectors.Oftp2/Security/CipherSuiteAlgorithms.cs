using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Security;

/// <summary>
/// The algorithms behind one SFIDCIPH value, as object identifiers for CMS. RFC 5024 §10.2 defines suites 01 and 02;
/// Odette's later list adds 03-06 with SHA-256 and SHA-512. Which suite uses which cipher and hash is taken from the
/// codec's <see cref="CipherSuite"/> so the table exists once.
/// </summary>
/// <param name="Suite">The SFIDCIPH value.</param>
/// <param name="ContentEncryptionOid">The symmetric algorithm of CMS EnvelopedData (AES-256-CBC or DES-EDE3-CBC).</param>
/// <param name="ContentEncryptionName">A readable name of the symmetric algorithm.</param>
/// <param name="Digest">The hash of signatures and of EERPHSH/NERPHSH (RFC 5024 §5.3.13).</param>
/// <param name="DigestOid">The same hash as a CMS digest algorithm identifier.</param>
/// <param name="SignatureAlgorithmOid">The PKCS#1 v1.5 signature algorithm with that hash (for example sha256WithRSAEncryption).</param>
/// <param name="SignatureAlgorithmName">A readable name of the signature algorithm.</param>
public sealed record CipherSuiteAlgorithms(
    CipherSuite Suite,
    string ContentEncryptionOid,
    string ContentEncryptionName,
    HashAlgorithmName Digest,
    string DigestOid,
    string SignatureAlgorithmOid,
    string SignatureAlgorithmName)
{
    /// <summary>
    /// rsaEncryption: every suite transports keys with RSA PKCS#1 v1.5 (RFC 5024 §10.2), and CMS SignerInfos name it
    /// as their signature algorithm too (RFC 3370 §3.2), as the interop partner does.
    /// </summary>
    public const string RsaEncryptionOid = "1.2.840.113549.1.1.1";

    internal const string Aes256CbcOid = "2.16.840.1.101.3.4.1.42";
    internal const string TripleDesEdeCbcOid = "1.2.840.113549.3.7";

    private const string Sha1Oid = "1.3.14.3.2.26";
    private const string Sha256Oid = "2.16.840.1.101.3.4.2.1";
    private const string Sha512Oid = "2.16.840.1.101.3.4.2.3";

    /// <summary>The algorithms of a suite from 01 to 06.</summary>
    /// <exception cref="FileSecurityException">The suite is 00 or unknown (reason <see cref="FileSecurityFailure.UnsupportedCipherSuite"/>).</exception>
    public static CipherSuiteAlgorithms Of(CipherSuite suite) =>
        TryOf(suite, out var algorithms)
            ? algorithms
            : throw new FileSecurityException(
                FileSecurityFailure.UnsupportedCipherSuite,
                $"Cipher suite {(int)suite:D2} is not one of 01-06 (RFC 5024 §10.2)");

    /// <summary>The algorithms of a suite from 01 to 06; false for 00 and for unknown values.</summary>
    public static bool TryOf(CipherSuite suite, [NotNullWhen(true)] out CipherSuiteAlgorithms? algorithms)
    {
        algorithms = null;
        if (suite == CipherSuite.None || !suite.IsKnown())
        {
            return false;
        }

        var (encryptionOid, encryptionName) = suite.GetSymmetricCipher() switch
        {
            SymmetricCipher.Aes256Cbc => (Aes256CbcOid, "AES-256-CBC"),
            SymmetricCipher.TripleDesEdeCbc => (TripleDesEdeCbcOid, "3DES-EDE-CBC"),
            _ => (null, null),
        };
        var digest = suite.GetHashAlgorithm();
        if (encryptionOid is null || encryptionName is null || digest is null)
        {
            return false;
        }

        var (digestOid, signatureOid, signatureName) = DigestIdentifiers(digest.Value);
        algorithms = new CipherSuiteAlgorithms(suite, encryptionOid, encryptionName, digest.Value, digestOid, signatureOid, signatureName);
        return true;
    }

    /// <summary>The readable name of a content encryption algorithm that some suite uses, or null for any other.</summary>
    public static string? ContentEncryptionNameOf(string oid) => oid switch
    {
        Aes256CbcOid => "AES-256-CBC",
        TripleDesEdeCbcOid => "3DES-EDE-CBC",
        _ => null,
    };

    /// <summary>The hash of a CMS digest algorithm identifier that some suite uses, or null for any other.</summary>
    public static HashAlgorithmName? DigestOf(string oid) => oid switch
    {
        Sha1Oid => HashAlgorithmName.SHA1,
        Sha256Oid => HashAlgorithmName.SHA256,
        Sha512Oid => HashAlgorithmName.SHA512,
        _ => null,
    };

    private static (string DigestOid, string SignatureOid, string SignatureName) DigestIdentifiers(HashAlgorithmName digest)
    {
        if (digest == HashAlgorithmName.SHA1)
        {
            return (Sha1Oid, "1.2.840.113549.1.1.5", "SHA1withRSA");
        }

        if (digest == HashAlgorithmName.SHA256)
        {
            return (Sha256Oid, "1.2.840.113549.1.1.11", "SHA256withRSA");
        }

        if (digest == HashAlgorithmName.SHA512)
        {
            return (Sha512Oid, "1.2.840.113549.1.1.13", "SHA512withRSA");
        }

        throw new ArgumentOutOfRangeException(nameof(digest), digest, "no cipher suite uses this hash");
    }
}
