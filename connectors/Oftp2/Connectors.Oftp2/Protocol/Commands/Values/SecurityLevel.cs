namespace Connectors.Oftp2.Protocol.Commands.Values;

/// <summary>SFIDSEC, the security services applied to a file before transmission (RFC 5024 §5.3.3).</summary>
public enum SecurityLevel
{
    None = 0,
    Encrypted = 1,
    Signed = 2,
    EncryptedAndSigned = 3,
}
