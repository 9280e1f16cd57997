using System.Security.Cryptography;

namespace Connectors.Oftp2.Security;

/// <summary>
/// A challenge we sent in an AUCH, with the random octets the partner must send back in its AURP
/// (RFC 5024 §4.2.3). The expected octets never leave this object; disposing it erases them.
/// </summary>
public sealed class IssuedChallenge : IDisposable
{
    private readonly byte[] expected;

    internal IssuedChallenge(byte[] expected, byte[] envelope)
    {
        this.expected = expected;
        Envelope = envelope;
    }

    /// <summary>AUCHCHAL: the CMS EnvelopedData to send (its length is AUCHCHLL, §5.3.17).</summary>
    public ReadOnlyMemory<byte> Envelope { get; }

    /// <summary>
    /// Whether AURPRSP equals the challenge. The comparison takes the same time wherever the first difference is,
    /// so the answer leaks nothing about the challenge (RFC 5024 §5.3.18 calls this check extremely important).
    /// </summary>
    public bool IsAnsweredBy(ReadOnlySpan<byte> response) => CryptographicOperations.FixedTimeEquals(expected, response);

    /// <summary>
    /// A copy of the challenge, for a session engine that compares AURPRSP itself (in constant time, as
    /// <see cref="IsAnsweredBy"/> does). The copy is the caller's to keep secret and erase.
    /// </summary>
    internal byte[] CopyExpected() => (byte[])expected.Clone();

    public void Dispose() => CryptographicOperations.ZeroMemory(expected);
}
