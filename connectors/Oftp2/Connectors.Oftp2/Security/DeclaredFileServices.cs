using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Security;

/// <summary>Reads <see cref="FileServices"/> from the SFID fields.</summary>
public static class DeclaredFileServices
{
    /// <summary>The services SFIDSEC (§5.3.3: 01 encrypted, 02 signed, 03 both) and SFIDCOMP (1 zlib) declare.</summary>
    public static FileServices From(SecurityLevel security, FileCompression compression)
    {
        var services = security switch
        {
            SecurityLevel.Encrypted => FileServices.Encrypted,
            SecurityLevel.Signed => FileServices.Signed,
            SecurityLevel.EncryptedAndSigned => FileServices.Encrypted | FileServices.Signed,
            _ => FileServices.None,
        };
        return compression == FileCompression.Zlib ? services | FileServices.Compressed : services;
    }
}
