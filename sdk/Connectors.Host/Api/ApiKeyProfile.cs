using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Properties;
using Connectors.Sdk.Secrets;

namespace Connectors.Host.Api;

/// <summary>
/// A key that may call the REST API of <c>connectors serve</c>. Each client gets a profile of its own,
/// so one can be withdrawn by deleting its file while the others keep working.
/// </summary>
[ProfileType(TypeId)]
[ConnectorProperties("API key", "A key a client sends to the REST API of connectors serve, as Authorization: Bearer or X-Api-Key.")]
public sealed record ApiKeyProfile : ConnectionProfile
{
    /// <summary>The profile files' <c>type</c> value.</summary>
    public const string TypeId = "api-key";

    [Property("Key", "The key clients send: a value, env:NAME or file:PATH. Use a long random value, e.g. from openssl rand -hex 32.")]
    [Required]
    public SecretValue Key { get; init; } = SecretValue.From(string.Empty);
}
