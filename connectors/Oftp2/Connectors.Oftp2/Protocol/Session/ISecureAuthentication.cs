namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// The certificate side of secure authentication (RFC 5024 §4.2.3): challenging the partner and
/// answering its challenge. The session runs the SECD/AUCH/AURP exchange; this does the cryptography.
/// </summary>
/// <remarks>
/// To end the session with a particular ESID reason (for example 12 when no certificate fits the partner), throw
/// an <see cref="OdetteProtocolException"/> with that reason; any other exception ends it with ESID 11.
/// </remarks>
public interface ISecureAuthentication
{
    /// <summary>Makes a challenge for the partner: the random octets to expect back, and the CMS envelope to send in AUCH.</summary>
    ValueTask<(ReadOnlyMemory<byte> Expected, ReadOnlyMemory<byte> Envelope)> CreateChallengeAsync(CancellationToken cancellationToken);

    /// <summary>Opens the partner's AUCH envelope with our private key; the octets go back in AURP.</summary>
    ValueTask<ReadOnlyMemory<byte>> AnswerChallengeAsync(ReadOnlyMemory<byte> envelope, CancellationToken cancellationToken);
}
