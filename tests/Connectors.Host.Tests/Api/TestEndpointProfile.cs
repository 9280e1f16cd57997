using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Properties;
using Connectors.Sdk.Secrets;

namespace Connectors.Host.Tests.Api;

/// <summary>A file-transfer endpoint profile with a password, as the API lists endpoints.</summary>
[ProfileType("mft-test")]
[ConnectorProperties("Test endpoint", "An endpoint with a password, to check the API never returns it.")]
public sealed record TestEndpointProfile : ConnectionProfile
{
    [Property("Host", "Where the endpoint is.")]
    public string Host { get; init; } = "127.0.0.1";

    [Property("Password", "The endpoint's password.")]
    [Required]
    public SecretValue Password { get; init; } = SecretValue.From(string.Empty);
}
