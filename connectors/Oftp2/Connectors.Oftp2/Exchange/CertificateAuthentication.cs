using Connectors.Oftp2.Protocol;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Protocol.Session;
using Connectors.Oftp2.Security;

namespace Connectors.Oftp2.Exchange;

/// <summary>
/// Secure authentication (RFC 5024 §4.2.3) from a partner's profile: the challenge is encrypted to the partner's
/// newest valid certificate with the symmetric cipher of the profile's suite, and the partner's challenge is
/// opened with whichever of our certificates it was made for. Without a certificate to use, the session ends with
/// ESID 12, secure authentication requirements incompatible; the session engine runs SECD, AUCH and AURP.
/// </summary>
internal sealed class CertificateAuthentication(ProfileCertificates certificates, CipherSuite suite) : ISecureAuthentication
{
    public ValueTask<(ReadOnlyMemory<byte> Expected, ReadOnlyMemory<byte> Envelope)> CreateChallengeAsync(CancellationToken cancellationToken)
    {
        var recipient = certificates.Recipient
            ?? throw Incompatible("no partner certificate valid now to encrypt the challenge to (/security/partnerCertificates)");
        using var issued = SecureAuthentication.Issue(recipient, suite);
        return ValueTask.FromResult<(ReadOnlyMemory<byte>, ReadOnlyMemory<byte>)>((issued.CopyExpected(), issued.Envelope));
    }

    public ValueTask<ReadOnlyMemory<byte>> AnswerChallengeAsync(ReadOnlyMemory<byte> envelope, CancellationToken cancellationToken)
    {
        if (certificates.Ours.Count == 0)
        {
            throw Incompatible("none of our certificates with its key to open the challenge with (/security/localCertificates)");
        }

        try
        {
            return ValueTask.FromResult<ReadOnlyMemory<byte>>(SecureAuthentication.Answer(envelope.Span, certificates.Ours));
        }
        catch (SecureAuthenticationException e)
        {
            throw new OdetteProtocolException(e.EndSessionReason, "AUCHCHAL", e.Message, e);
        }
    }

    private static OdetteProtocolException Incompatible(string detail) =>
        new(EndSessionReason.SecureAuthenticationRequirementsIncompatible, null, detail);
}
