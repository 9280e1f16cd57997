using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Properties;
using Connectors.Sdk.Secrets;

namespace Connectors.Sdk.Hosting.Tests.Fixtures;

public enum SampleMode
{
    Plain,
    Secure,
}

[ProfileType("sample")]
[ConnectorProperties("Sample partner", "A partner reached over the sample protocol.")]
public sealed record SampleProfile : ConnectionProfile, INetworkProfile
{
    [Property("Host", "Name or address of the partner's server.")]
    [Required]
    public string Host { get; init; } = string.Empty;

    [Property("Port", "TCP port of the partner's server.")]
    [Range(1, 65535)]
    [DefaultValue(4000)]
    public int Port { get; init; } = 4000;

    [Property("User", "Account the partner gave us.")]
    [Required]
    public string User { get; init; } = string.Empty;

    [Property("Password", "Password of that account: a value, env:NAME or file:PATH.")]
    [Required]
    public SecretValue Password { get; init; } = SecretValue.From(string.Empty);

    [Property("Realm", "Realm the partner's server names; it has a default, so it may be left out.")]
    [Required]
    [DefaultValue("partners")]
    public string Realm { get; init; } = "partners";

    [Property("Mode", "How the connection is secured.")]
    [DefaultValue(SampleMode.Plain)]
    public SampleMode Mode { get; init; } = SampleMode.Plain;

    [Property("Network", "Timeouts and retries.")]
    public NetworkSettings Network { get; init; } = new();
}
