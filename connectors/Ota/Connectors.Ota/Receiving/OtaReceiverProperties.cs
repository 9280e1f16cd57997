using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Properties;
using Connectors.Sdk.Secrets;

namespace Connectors.Ota.Receiving;

/// <summary>
/// Where the OTA receiver listens and what it accepts. When the endpoint is mapped into an application
/// with <c>MapOtaReceiver</c>, the address, port, path and TLS settings are the application's and
/// are not read from here.
/// </summary>
[ConnectorProperties("OTA Receiver", "An Oracle Transport Agent server endpoint: checks each post, authenticates it, recognises resends, and hands each document to the flow exactly once.")]
public sealed record OtaReceiverProperties
{
    /// <summary>Where Oracle's own OTA servlet answers, so partners keep the address they know.</summary>
    public const string DefaultPath = "/servlets/oracle.apps.ecx.oxta.TransportAgentServer";

    [Property("Listen address", "IP address to listen on: 127.0.0.1 accepts local partners only, 0.0.0.0 every interface.")]
    [Required]
    [DefaultValue("127.0.0.1")]
    public string ListenAddress { get; init; } = "127.0.0.1";

    [Property("Port", "TCP port to listen on.")]
    [Range(1, 65535)]
    [DefaultValue(9000)]
    public int Port { get; init; } = 9000;

    [Property("Path", "URL path partners post to.")]
    [Required]
    [RegularExpression("^/.*$")]
    [DefaultValue(DefaultPath)]
    public string Path { get; init; } = DefaultPath;

    [Property("Accounts", "Names of the OTA profiles whose user name and password partners may present (USERNAME and PASSWORD, and Digest when required). The profile's name is the partner a document is delivered for.", Example = "supplier-a")]
    [Required]
    [MinLength(1)]
    public IReadOnlyList<string> Accounts { get; init; } = [];

    [Property("Message types", "MESSAGE_TYPE values accepted; any other is answered 3001.")]
    [MinLength(1)]
    public IReadOnlyList<string> MessageTypes { get; init; } = ["XML"];

    [Property("Size limit (bytes)", "Largest body accepted, attachments included; a larger Content-Length is answered 3102 before the body is read.")]
    [Range(1, 1099511627776)]
    [DefaultValue(104857600)]
    public long MaxContentBytes { get; init; } = 100 * 1024 * 1024;

    [Property("Require Digest", "Ask for HTTP Digest authentication (RFC 7616, SHA-256 or MD5) with an account's user name and password before the body is read.")]
    [DefaultValue(false)]
    public bool RequireDigest { get; init; }

    [Property("Digest realm", "The realm named in Digest challenges.")]
    [DefaultValue("OTA")]
    public string DigestRealm { get; init; } = "OTA";

    [Property("TLS certificate", "PKCS#12 (.p12, .pfx) or PEM certificate file of the server; when given, the receiver listens with HTTPS.")]
    public string? TlsCertificate { get; init; }

    [Property("TLS key", "PEM private key of a PEM certificate, when it is not inside the certificate file.")]
    public string? TlsKey { get; init; }

    [Property("TLS certificate password", "Password of the PKCS#12 file or the encrypted key: a value, env:NAME or file:PATH.")]
    public SecretValue? TlsCertificatePassword { get; init; }
}
