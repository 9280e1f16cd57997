namespace Connectors.Oftp2.Security;

/// <summary>The file services of RFC 5024 §6 that a file went through, as SFIDSEC and SFIDCOMP declare them.</summary>
[Flags]
public enum FileServices
{
    None = 0,
    Signed = 1,
    Compressed = 2,
    Encrypted = 4,
}
