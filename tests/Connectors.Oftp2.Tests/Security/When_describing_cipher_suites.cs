using System.Security.Cryptography;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Security;
using Connectors.Oftp2.Tests.Security.Support;

namespace Connectors.Oftp2.Tests.Security;

/// <summary>
/// Each SFIDCIPH value names a symmetric cipher, RSA PKCS#1 v1.5 and a hash (RFC 5024 §10.2 for 01-02, Odette's
/// list for 03-06); the security library gives them as CMS object identifiers.
/// </summary>
public sealed class When_describing_cipher_suites
{
    private const string Aes256Cbc = "2.16.840.1.101.3.4.1.42";
    private const string DesEde3Cbc = "1.2.840.113549.3.7";

    public static TheoryData<CipherSuite, string, string, string> Expected => new()
    {
        { CipherSuite.TripleDesRsaSha1, DesEde3Cbc, "1.3.14.3.2.26", "1.2.840.113549.1.1.5" },
        { CipherSuite.Aes256RsaSha1, Aes256Cbc, "1.3.14.3.2.26", "1.2.840.113549.1.1.5" },
        { CipherSuite.TripleDesRsaSha256, DesEde3Cbc, "2.16.840.1.101.3.4.2.1", "1.2.840.113549.1.1.11" },
        { CipherSuite.Aes256RsaSha256, Aes256Cbc, "2.16.840.1.101.3.4.2.1", "1.2.840.113549.1.1.11" },
        { CipherSuite.TripleDesRsaSha512, DesEde3Cbc, "2.16.840.1.101.3.4.2.3", "1.2.840.113549.1.1.13" },
        { CipherSuite.Aes256RsaSha512, Aes256Cbc, "2.16.840.1.101.3.4.2.3", "1.2.840.113549.1.1.13" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_suite_has_its_cipher_digest_and_signature(CipherSuite suite, string cipher, string digest, string signature)
    {
        var algorithms = CipherSuiteAlgorithms.Of(suite);

        Assert.True(algorithms.ContentEncryptionOid == cipher, $"suite {(int)suite:D2}: cipher should be {cipher}, was {algorithms.ContentEncryptionOid}");
        Assert.True(algorithms.DigestOid == digest, $"suite {(int)suite:D2}: digest should be {digest}, was {algorithms.DigestOid}");
        Assert.True(algorithms.SignatureAlgorithmOid == signature, $"suite {(int)suite:D2}: signature should be {signature}, was {algorithms.SignatureAlgorithmOid}");
        Assert.True(CipherSuiteAlgorithms.DigestOf(digest) == algorithms.Digest, $"suite {(int)suite:D2}: the digest OID should map back to {algorithms.Digest}");
        Assert.True(CipherSuiteAlgorithms.ContentEncryptionNameOf(cipher) == algorithms.ContentEncryptionName, $"suite {(int)suite:D2}: the cipher OID should map back to its name");
    }

    [Fact]
    public void The_digests_are_sha1_sha256_and_sha512()
    {
        Assert.True(CipherSuiteAlgorithms.Of(CipherSuite.Aes256RsaSha1).Digest == HashAlgorithmName.SHA1, "suite 02 should hash with SHA-1");
        Assert.True(CipherSuiteAlgorithms.Of(CipherSuite.TripleDesRsaSha256).Digest == HashAlgorithmName.SHA256, "suite 03 should hash with SHA-256");
        Assert.True(CipherSuiteAlgorithms.Of(CipherSuite.Aes256RsaSha512).Digest == HashAlgorithmName.SHA512, "suite 06 should hash with SHA-512");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(99)]
    public void No_algorithms_exist_for_suite_00_or_unknown_suites(int value)
    {
        var failure = Expect.Failure<FileSecurityException>(() => CipherSuiteAlgorithms.Of((CipherSuite)value), $"suite {value:D2} should have no algorithms");

        Assert.True(failure.Failure == FileSecurityFailure.UnsupportedCipherSuite, $"suite {value:D2} should be an unsupported cipher suite, was {failure.Failure}");
        Assert.False(CipherSuiteAlgorithms.TryOf((CipherSuite)value, out _), $"TryOf should say no for suite {value:D2}");
    }
}
