using System.Security.Cryptography;

namespace Connectors.Oftp2.Protocol.Commands.Values;

/// <summary>What each cipher suite of RFC 5024 §10.2 (and Odette's additions 03-06) is made of.</summary>
public static class CipherSuiteExtensions
{
    /// <summary>Whether the suite is one of 00-06.</summary>
    public static bool IsKnown(this CipherSuite suite) => suite is >= CipherSuite.None and <= CipherSuite.Aes256RsaSha512;

    /// <summary>The content encryption algorithm.</summary>
    public static SymmetricCipher GetSymmetricCipher(this CipherSuite suite) => suite switch
    {
        CipherSuite.None => SymmetricCipher.None,
        CipherSuite.TripleDesRsaSha1 or CipherSuite.TripleDesRsaSha256 or CipherSuite.TripleDesRsaSha512 => SymmetricCipher.TripleDesEdeCbc,
        CipherSuite.Aes256RsaSha1 or CipherSuite.Aes256RsaSha256 or CipherSuite.Aes256RsaSha512 => SymmetricCipher.Aes256Cbc,
        _ => throw UnknownSuite(suite),
    };

    /// <summary>
    /// The hash of signatures and of EERPHSH/NERPHSH (RFC 5024 §5.3.13: "determined by the bilaterally agreed
    /// cipher suite"). Suite 00 has none.
    /// </summary>
    public static HashAlgorithmName? GetHashAlgorithm(this CipherSuite suite) => suite switch
    {
        CipherSuite.None => null,
        CipherSuite.TripleDesRsaSha1 or CipherSuite.Aes256RsaSha1 => HashAlgorithmName.SHA1,
        CipherSuite.TripleDesRsaSha256 or CipherSuite.Aes256RsaSha256 => HashAlgorithmName.SHA256,
        CipherSuite.TripleDesRsaSha512 or CipherSuite.Aes256RsaSha512 => HashAlgorithmName.SHA512,
        _ => throw UnknownSuite(suite),
    };

    /// <summary>A short human description, for example "AES-256-CBC / RSA PKCS#1 v1.5 / SHA-256".</summary>
    public static string Describe(this CipherSuite suite) => suite switch
    {
        CipherSuite.None => "No security services",
        CipherSuite.TripleDesRsaSha1 => "3DES-EDE-CBC / RSA PKCS#1 v1.5 / SHA-1",
        CipherSuite.Aes256RsaSha1 => "AES-256-CBC / RSA PKCS#1 v1.5 / SHA-1",
        CipherSuite.TripleDesRsaSha256 => "3DES-EDE-CBC / RSA PKCS#1 v1.5 / SHA-256",
        CipherSuite.Aes256RsaSha256 => "AES-256-CBC / RSA PKCS#1 v1.5 / SHA-256",
        CipherSuite.TripleDesRsaSha512 => "3DES-EDE-CBC / RSA PKCS#1 v1.5 / SHA-512",
        CipherSuite.Aes256RsaSha512 => "AES-256-CBC / RSA PKCS#1 v1.5 / SHA-512",
        _ => $"Cipher suite {(int)suite:D2} (unknown)",
    };

    private static ArgumentOutOfRangeException UnknownSuite(CipherSuite suite) =>
        new(nameof(suite), suite, "cipher suite is not one of 00-06");
}
