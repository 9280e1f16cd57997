using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Properties;
using Connectors.Sdk.Secrets;

namespace Connectors.Ota.Profiles;

/// <summary>
/// An OTA partner as onboarded in the operations store. For the sender: where the partner's OTA server
/// is, over which protocol type, with which credentials and trust. For the receiver: an account whose
/// user name and password partners present (only <see cref="Username"/> and <see cref="Password"/> count there).
/// </summary>
[ProfileType(TypeId)]
[ConnectorProperties("OTA partner", "A partner's Oracle Transport Agent server, or an account partners post with: address, protocol type, credentials, TLS trust, timeouts and retries.")]
public sealed record OtaProfile : ConnectionProfile, INetworkProfile
{
    /// <summary>The profile files' <c>type</c> value.</summary>
    public const string TypeId = "ota";

    [Property(
        "Protocol address",
        "Full URL of the partner's OTA server, sent as PROTOCOL_ADDRESS. Needed to send; an account used only by the receiver may leave it empty.",
        Example = "https://partner.example/servlets/oracle.apps.ecx.oxta.TransportAgentServer")]
    public string? ProtocolAddress { get; init; }

    [Property("Protocol type", "How documents travel, sent as PROTOCOL_TYPE: HTTP or HTTPS (straight post), HTTP-OXTA or HTTPS-OXTA (guaranteed delivery), OTAH-ATCH or OTAHS-ATCH (guaranteed, with attachments), HTTP-ATCH or HTTPS-ATCH (straight, with attachments). An HTTPS type needs an https address.")]
    // The wire name, as the schema's enum lists it; the enum member's own name would not validate.
    [DefaultValue("HTTPS-OXTA")]
    public OtaProtocolType ProtocolType { get; init; } = OtaProtocolType.HttpsOxta;

    [Property("User name", "USERNAME of the envelope, and the user of HTTP Digest authentication when the server asks for it.", Example = "SUPPLIER_A")]
    [Required]
    [MinLength(1)]
    public string Username { get; init; } = string.Empty;

    [Property("Password", "PASSWORD of the envelope and of HTTP Digest authentication: a value, env:NAME or file:PATH.")]
    [Required]
    public SecretValue Password { get; init; } = SecretValue.From(string.Empty);

    [Property("Answer Digest challenges", "Answer a web server's HTTP Digest challenge (RFC 7616, SHA-256 or MD5) with the user name and password. Turn off to refuse sending them to a server that asks.")]
    [DefaultValue(true)]
    public bool Digest { get; init; } = true;

    [Property("TLS", "Which server certificates an HTTPS protocol type trusts.")]
    public OtaTlsSettings Tls { get; init; } = new();

    [Property("Network", "Connect and response timeouts, maximum attempts and back-off between them.")]
    public NetworkSettings Network { get; init; } = new();
}
