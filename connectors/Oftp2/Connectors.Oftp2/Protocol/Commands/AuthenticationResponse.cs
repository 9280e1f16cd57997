namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>AURP, the decrypted 20-octet challenge (RFC 5024 §5.3.18).</summary>
public sealed record AuthenticationResponse(ReadOnlyMemory<byte> Response) : OdetteCommand
{
    /// <summary>AURPRSP is always 20 octets.</summary>
    public const int ResponseLength = 20;

    public override CommandCode Code => CommandCode.AuthenticationResponse;

    public bool Equals(AuthenticationResponse? other) =>
        other is not null && OctetContent.AreEqual(Response, other.Response);

    public override int GetHashCode() => OctetContent.GetHashCode(Response);
}
