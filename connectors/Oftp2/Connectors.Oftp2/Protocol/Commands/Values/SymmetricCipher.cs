namespace Connectors.Oftp2.Protocol.Commands.Values;

/// <summary>The content encryption algorithm of a cipher suite.</summary>
public enum SymmetricCipher
{
    None = 0,
    TripleDesEdeCbc = 1,
    Aes256Cbc = 2,
}
