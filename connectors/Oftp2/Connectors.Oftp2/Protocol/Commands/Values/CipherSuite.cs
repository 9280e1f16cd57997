namespace Connectors.Oftp2.Protocol.Commands.Values;

/// <summary>
/// SFIDCIPH, the cipher suite that secures a file and signs its EERP/NERP (RFC 5024 §5.3.3, §10.2). Suites 03-06
/// come from Odette's later recommendation; 01 and 02 are the ones every implementation must support.
/// </summary>
public enum CipherSuite
{
    /// <summary>00: no security services.</summary>
    None = 0,

    /// <summary>01: 3DES-EDE-CBC, RSA PKCS#1 v1.5, SHA-1.</summary>
    TripleDesRsaSha1 = 1,

    /// <summary>02: AES-256-CBC, RSA PKCS#1 v1.5, SHA-1.</summary>
    Aes256RsaSha1 = 2,

    /// <summary>03: 3DES-EDE-CBC, RSA PKCS#1 v1.5, SHA-256.</summary>
    TripleDesRsaSha256 = 3,

    /// <summary>04: AES-256-CBC, RSA PKCS#1 v1.5, SHA-256.</summary>
    Aes256RsaSha256 = 4,

    /// <summary>05: 3DES-EDE-CBC, RSA PKCS#1 v1.5, SHA-512.</summary>
    TripleDesRsaSha512 = 5,

    /// <summary>06: AES-256-CBC, RSA PKCS#1 v1.5, SHA-512.</summary>
    Aes256RsaSha512 = 6,
}
