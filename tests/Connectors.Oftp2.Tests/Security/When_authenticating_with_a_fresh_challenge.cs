using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Security;
using Connectors.Oftp2.Tests.Security.Support;
using Org.BouncyCastle.Cms;

namespace Connectors.Oftp2.Tests.Security;

/// <summary>
/// We send a fresh 20-octet challenge encrypted to the partner's certificate with the suite's cipher, and accept
/// only the exact octets back (RFC 5024 §4.2.3, §5.3.17, §5.3.18).
/// </summary>
public sealed class When_authenticating_with_a_fresh_challenge
{
    public static TheoryData<CipherSuite> Suites => new(Enum.GetValues<CipherSuite>().Where(s => s != CipherSuite.None));

    [Theory]
    [MemberData(nameof(Suites))]
    public void The_partner_answer_matches_and_a_changed_one_does_not(CipherSuite suite)
    {
        using var challenge = SecureAuthentication.Issue(InteropKeys.ClientPublic, suite);

        var answer = SecureAuthentication.Answer(challenge.Envelope.Span, [InteropKeys.Client]);

        Assert.True(answer.Length == SecureAuthentication.ChallengeLength, $"suite {(int)suite:D2}: the answer should be 20 octets, was {answer.Length}");
        Assert.True(challenge.IsAnsweredBy(answer), $"suite {(int)suite:D2}: the decrypted challenge should be accepted");
        answer[^1] ^= 0x80;
        Assert.False(challenge.IsAnsweredBy(answer), $"suite {(int)suite:D2}: an answer with one bit changed should be refused");
        Assert.False(challenge.IsAnsweredBy(answer.AsSpan(0, 19)), $"suite {(int)suite:D2}: a 19-octet answer should be refused");
    }

    [Theory]
    [MemberData(nameof(Suites))]
    public void The_challenge_is_encrypted_with_the_suite_cipher(CipherSuite suite)
    {
        using var challenge = SecureAuthentication.Issue(InteropKeys.ClientPublic, suite);

        var parser = new CmsEnvelopedDataParser(challenge.Envelope.ToArray());

        Assert.True(
            parser.EncryptionAlgOid == CipherSuiteAlgorithms.Of(suite).ContentEncryptionOid,
            $"suite {(int)suite:D2}: the AUCH should be encrypted with {CipherSuiteAlgorithms.Of(suite).ContentEncryptionName}, was {parser.EncryptionAlgOid}");
    }

    [Fact]
    public void Every_challenge_is_new()
    {
        using var first = SecureAuthentication.Issue(InteropKeys.ClientPublic, CipherSuite.Aes256RsaSha256);
        using var second = SecureAuthentication.Issue(InteropKeys.ClientPublic, CipherSuite.Aes256RsaSha256);

        var firstAnswer = SecureAuthentication.Answer(first.Envelope.Span, [InteropKeys.Client]);

        Assert.False(second.IsAnsweredBy(firstAnswer), "the answer to one challenge should not answer the next (the random number is unique per AUCH)");
    }
}
