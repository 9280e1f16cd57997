using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Properties;
using Connectors.Sdk.Secrets;

namespace Connectors.SamplePlugin;

/// <summary>A partner reached over the sample protocol, or, for the receiver, the account partners log in with.</summary>
[ProfileType(TypeId)]
[ConnectorProperties("Sample partner", "A partner reached over the line-based sample protocol, with its account and network settings.")]
public sealed record SampleProfile : ConnectionProfile, INetworkProfile
{
    /// <summary>The profile files' <c>type</c> value.</summary>
    public const string TypeId = "sample";

    [Property("Host", "Name or IP address of the partner's sample server.", Example = "127.0.0.1")]
    [Required]
    public string Host { get; init; } = string.Empty;

    [Property("Port", "TCP port of the partner's sample server.")]
    [Range(1, 65535)]
    [DefaultValue(4100)]
    public int Port { get; init; } = 4100;

    [Property("User", "Account name presented at login; it may not contain spaces.")]
    [Required]
    [RegularExpression(@"^\S+$")]
    public string User { get; init; } = string.Empty;

    [Property("Password", "Password of the account: a value, env:NAME or file:PATH. It may not contain spaces.")]
    [Required]
    public SecretValue Password { get; init; } = SecretValue.From(string.Empty);

    [Property("Network", "Timeouts and retries of the connection to the partner.")]
    public NetworkSettings Network { get; init; } = new();
}
