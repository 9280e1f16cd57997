using System.Security.Cryptography;
using Connectors.Oftp2.Protocol.Session;

namespace Connectors.Oftp2.Tests.Session.Support;

/// <summary>
/// A stand-in for the CMS secure authentication: a challenge is "encrypted" for the partner by XOR with the
/// partner's key and "decrypted" by XOR with our own. Enough to drive SECD, AUCH and AURP; no protection at all.
/// </summary>
internal sealed class XorSecureAuthentication(byte[] ourKey, byte[] partnerKey) : ISecureAuthentication
{
    public int ChallengesMade { get; private set; }

    public int ChallengesAnswered { get; private set; }

    public ValueTask<(ReadOnlyMemory<byte> Expected, ReadOnlyMemory<byte> Envelope)> CreateChallengeAsync(CancellationToken cancellationToken)
    {
        ChallengesMade++;
        var challenge = RandomNumberGenerator.GetBytes(20);
        return ValueTask.FromResult<(ReadOnlyMemory<byte>, ReadOnlyMemory<byte>)>((challenge, Xor(challenge, partnerKey)));
    }

    public ValueTask<ReadOnlyMemory<byte>> AnswerChallengeAsync(ReadOnlyMemory<byte> envelope, CancellationToken cancellationToken)
    {
        ChallengesAnswered++;
        return ValueTask.FromResult<ReadOnlyMemory<byte>>(Xor(envelope.ToArray(), ourKey));
    }

    private static byte[] Xor(byte[] octets, byte[] key)
    {
        var result = new byte[octets.Length];
        for (var i = 0; i < octets.Length; i++)
        {
            result[i] = (byte)(octets[i] ^ key[i % key.Length]);
        }

        return result;
    }
}
