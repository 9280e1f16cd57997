using Connectors.Sdk.Properties;
using Connectors.Sdk.Secrets;

namespace Connectors.Oftp2.Profiles;

/// <summary>A certificate file (and, for our own, its key) named in a profile.</summary>
public sealed record Oftp2CertificateReference
{
    [Property("Certificate file", "Path of a PKCS#12 (.p12, .pfx) or PEM (.pem, .crt) file; a PEM certificate's key may sit in the same file or in 'keyFile'.")]
    [System.ComponentModel.DataAnnotations.Required]
    public string File { get; init; } = string.Empty;

    [Property("Key file", "PEM PKCS#8 private key, when it is not inside the certificate file.")]
    public string? KeyFile { get; init; }

    [Property("Password", "Password of the PKCS#12 file or the encrypted key: a value, env:NAME or file:PATH.")]
    public SecretValue? Password { get; init; }
}
