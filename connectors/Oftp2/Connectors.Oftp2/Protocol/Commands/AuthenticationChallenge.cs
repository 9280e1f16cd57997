namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>AUCH, a CMS-encrypted random challenge (RFC 5024 §5.3.17).</summary>
public sealed record AuthenticationChallenge(ReadOnlyMemory<byte> Challenge) : OdetteCommand
{
    public override CommandCode Code => CommandCode.AuthenticationChallenge;

    public bool Equals(AuthenticationChallenge? other) =>
        other is not null && OctetContent.AreEqual(Challenge, other.Challenge);

    public override int GetHashCode() => OctetContent.GetHashCode(Challenge);
}
