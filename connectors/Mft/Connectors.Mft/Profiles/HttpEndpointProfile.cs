using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Properties;
using Connectors.Sdk.Secrets;

namespace Connectors.Mft.Profiles;

/// <summary>
/// A web server as an endpoint: GET, PUT, HEAD, DELETE, WebDAV MOVE and a JSON folder index
/// (see <see cref="Endpoints.Http.HttpFolderIndex"/>). <see cref="EndpointProfile.Root"/> is a path below the base URL.
/// </summary>
[ProfileType("mft-http")]
[ConnectorProperties("HTTP(S) server", "A web server that files are read from with GET and written to with PUT.")]
public sealed record HttpEndpointProfile : EndpointProfile, INetworkProfile
{
    [Property("Base URL", "http:// or https:// address the root and every path are relative to.", Example = "https://files.example.com/exchange/")]
    [Required]
    public string BaseUrl { get; init; } = string.Empty;

    [Property("User", "User name for HTTP Basic authentication; empty when the server needs none.")]
    public string? User { get; init; }

    [Property("Password", "Password for HTTP Basic authentication: a value, env:NAME or file:PATH.")]
    public SecretValue? Password { get; init; }

    [Property("Trusted certificates", "PEM certificates (a private CA or the server's own self-signed certificate) trusted besides the system's; the server's certificate is always validated.")]
    public string? TrustedCertificates { get; init; }

    [Property("Network", "Timeouts and retries.")]
    public NetworkSettings Network { get; init; } = new();
}
