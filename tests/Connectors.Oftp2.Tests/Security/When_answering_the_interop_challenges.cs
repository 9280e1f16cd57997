using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Security;
using Connectors.Oftp2.Tests.Security.Support;

namespace Connectors.Oftp2.Tests.Security;

/// <summary>
/// In the secure-auth capture each side sent the other an AUCH: a BER EnvelopedData (AES-256-CBC, RSA PKCS#1 v1.5)
/// holding 20 random octets, which the other side sent back in its AURP (challenge-*.bin).
/// </summary>
public sealed class When_answering_the_interop_challenges
{
    [Fact]
    public void The_client_decrypts_the_listener_challenge()
    {
        var answer = SecureAuthentication.Answer(SharedReference.ReadInterop("secure-auth", "auch-1-listener-to-initiator.der"), [InteropKeys.Client]);

        Expect.SameOctets(SharedReference.ReadInterop("secure-auth", "challenge-1.bin"), answer, "the client's answer to AUCH #005");
    }

    [Fact]
    public void The_server_decrypts_the_initiator_challenge()
    {
        var answer = SecureAuthentication.Answer(SharedReference.ReadInterop("secure-auth", "auch-2-initiator-to-listener.der"), [InteropKeys.Server]);

        Expect.SameOctets(SharedReference.ReadInterop("secure-auth", "challenge-2.bin"), answer, "the server's answer to AUCH #008");
    }

    [Fact]
    public void The_right_key_is_found_among_several_of_ours()
    {
        var answer = SecureAuthentication.Answer(SharedReference.ReadInterop("secure-auth", "auch-2-initiator-to-listener.der"), [InteropKeys.Client, InteropKeys.Server]);

        Expect.SameOctets(SharedReference.ReadInterop("secure-auth", "challenge-2.bin"), answer, "the answer when the server key is the second of ours");
    }

    [Fact]
    public void A_challenge_for_another_certificate_cannot_be_answered()
    {
        var error = Expect.Failure<SecureAuthenticationException>(
            () => SecureAuthentication.Answer(SharedReference.ReadInterop("secure-auth", "auch-1-listener-to-initiator.der"), [InteropKeys.Server]),
            "the server should not answer a challenge made for the client");

        Assert.True(
            error.EndSessionReason == EndSessionReason.SecureAuthenticationRequirementsIncompatible,
            $"a challenge for a certificate we do not hold should end the session with ESID 12, was {error.EndSessionReason}");
    }
}
