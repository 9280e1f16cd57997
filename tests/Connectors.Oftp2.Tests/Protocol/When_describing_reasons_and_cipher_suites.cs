using System.Security.Cryptography;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Tests.Protocol.Support;

namespace Connectors.Oftp2.Tests.Protocol;

/// <summary>Every reason code has the RFC wording; NERP reasons follow from refusals; cipher suites name their algorithms.</summary>
public sealed class When_describing_reasons_and_cipher_suites
{
    [Fact]
    public void Every_defined_reason_has_its_rfc_description()
    {
        foreach (var reason in Enum.GetValues<EndSessionReason>())
        {
            Assert.False(reason.Describe().Contains("not defined", StringComparison.Ordinal), $"ESID {reason} has a description");
        }

        foreach (var reason in Enum.GetValues<StartFileNegativeReason>())
        {
            Assert.False(reason.Describe().Contains("not defined", StringComparison.Ordinal), $"SFNA {reason} has a description");
        }

        foreach (var reason in Enum.GetValues<EndFileNegativeReason>())
        {
            Assert.False(reason.Describe().Contains("not defined", StringComparison.Ordinal), $"EFNA {reason} has a description");
        }

        foreach (var reason in Enum.GetValues<NegativeEndResponseReason>())
        {
            Assert.False(reason.Describe().Contains("not defined", StringComparison.Ordinal), $"NERP {reason} has a description");
        }

        Expect.Equal("Exchange Buffer size error", EndSessionReason.ExchangeBufferSizeError.Describe(), "ESID 07");
        Expect.Equal("Cipher suite not supported", StartFileNegativeReason.CipherSuiteNotSupported.Describe(), "SFNA 15");
        Expect.Equal("File decompression failure", EndFileNegativeReason.FileDecompressionFailure.Describe(), "EFNA 23");
        Expect.Equal("SFNA(RETRY=N) received with reason code 13 (duplicate file)", NegativeEndResponseReason.DuplicateFile.Describe(), "NERP 23");
        Expect.Equal("Reason code 42 (not defined by RFC 5024)", ((EndSessionReason)42).Describe(), "an unknown ESID code");
        Assert.True(((StartFileNegativeReason)21).Describe().Contains("not defined", StringComparison.Ordinal), "SFNA 21 belongs to EFNA only");
    }

    [Fact]
    public void Nerp_reasons_repeat_the_refusal()
    {
        Expect.Equal(NegativeEndResponseReason.InvalidPassword, NegativeEndResponseReasons.FromEndSession(EndSessionReason.InvalidPassword), "ESID 04");
        Expect.Equal(NegativeEndResponseReason.UnspecifiedSessionAbort, NegativeEndResponseReasons.FromEndSession(EndSessionReason.UnspecifiedAbort), "ESID 99");
        Expect.Equal(null, NegativeEndResponseReasons.FromEndSession(EndSessionReason.TimeOut), "ESID 09 has no NERP code");
        Expect.Equal(NegativeEndResponseReason.CipherSuiteNotSupported, NegativeEndResponseReasons.FromStartFileAnswer(StartFileNegativeReason.CipherSuiteNotSupported), "SFNA 15");
        Expect.Equal(NegativeEndResponseReason.Unspecified, NegativeEndResponseReasons.FromStartFileAnswer(StartFileNegativeReason.Unspecified), "SFNA 99");
        Expect.Equal(NegativeEndResponseReason.FileDecryptionFailed, NegativeEndResponseReasons.FromEndFileAnswer(EndFileNegativeReason.FileDecryptionFailure), "EFNA 22");
        Expect.Equal(NegativeEndResponseReason.FileSignatureNotValid, NegativeEndResponseReasons.FromEndFileAnswer(EndFileNegativeReason.InvalidFileSignature), "EFNA 21");
        Expect.Equal(NegativeEndResponseReason.InvalidByteCount, NegativeEndResponseReasons.FromEndFileAnswer(EndFileNegativeReason.InvalidByteCount), "EFNA 11");
    }

    [Theory]
    [InlineData(CipherSuite.None, SymmetricCipher.None, null)]
    [InlineData(CipherSuite.TripleDesRsaSha1, SymmetricCipher.TripleDesEdeCbc, "SHA1")]
    [InlineData(CipherSuite.Aes256RsaSha1, SymmetricCipher.Aes256Cbc, "SHA1")]
    [InlineData(CipherSuite.TripleDesRsaSha256, SymmetricCipher.TripleDesEdeCbc, "SHA256")]
    [InlineData(CipherSuite.Aes256RsaSha256, SymmetricCipher.Aes256Cbc, "SHA256")]
    [InlineData(CipherSuite.TripleDesRsaSha512, SymmetricCipher.TripleDesEdeCbc, "SHA512")]
    [InlineData(CipherSuite.Aes256RsaSha512, SymmetricCipher.Aes256Cbc, "SHA512")]
    public void Cipher_suites_name_their_algorithms(CipherSuite suite, SymmetricCipher cipher, string? hash)
    {
        Assert.True(suite.IsKnown(), $"suite {(int)suite:D2} is known");
        Expect.Equal(cipher, suite.GetSymmetricCipher(), $"cipher of suite {(int)suite:D2}");
        Expect.Equal(hash is null ? (HashAlgorithmName?)null : new HashAlgorithmName(hash), suite.GetHashAlgorithm(), $"hash of suite {(int)suite:D2}");
        Assert.False(string.IsNullOrEmpty(suite.Describe()), $"suite {(int)suite:D2} has a description");
    }

    [Fact]
    public void Suite_07_is_unknown()
    {
        Assert.False(((CipherSuite)7).IsKnown(), "suite 07 is not defined");
        Expect.Throws<ArgumentOutOfRangeException>(() => ((CipherSuite)7).GetHashAlgorithm(), "hash of suite 07");
    }
}
