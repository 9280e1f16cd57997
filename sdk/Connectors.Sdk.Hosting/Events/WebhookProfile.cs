using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Properties;
using Connectors.Sdk.Secrets;

namespace Connectors.Sdk.Hosting.Events;

/// <summary>
/// Where the host posts its events: every webhook profile of the operations store receives every event,
/// as a CloudEvents 1.0 structured-mode HTTP POST.
/// </summary>
[ProfileType(TypeId)]
[ConnectorProperties("Webhook", "An HTTP endpoint that receives the host's events (task runs, steps, files) as CloudEvents 1.0 in structured mode.")]
public sealed record WebhookProfile : ConnectionProfile, ISelfCheckingProfile
{
    /// <summary>The profile files' <c>type</c> value.</summary>
    public const string TypeId = "webhook";

    [Property("URL", "Where events are posted: an http or https URL.", Example = "https://events.example/connectors")]
    [Required]
    [MinLength(1)]
    public string Url { get; init; } = string.Empty;

    [Property("Bearer token", "Sent as Authorization: Bearer on every delivery: a value, env:NAME or file:PATH. Leave out when the receiver needs none.")]
    public SecretValue? BearerToken { get; init; }

    [Property("Origin", "The name of this sending system, a DNS name such as connectors.example.com. When given, the host asks the receiver's permission before its first event (the CloudEvents web hook validation request, OPTIONS with WebHook-Request-Origin), sends nothing unless the receiver allows this origin, keeps to the rate it allows, and sends Origin with every event. Leave out for a receiver that does not take validation requests.", Example = "connectors.example.com")]
    public string? Origin { get; init; }

    [Property("Trusted certificates", "PEM or DER files of the certificates or CAs that may sign the receiver's server certificate; only they are trusted when given. Empty means the machine's trust store.")]
    public IReadOnlyList<string> TrustedCertificates { get; init; } = [];

    public IEnumerable<Finding> Check(string source)
    {
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            yield return new Finding(source, "/url", "url", "must be an absolute http or https URL");
        }

        if (Origin is not null && Uri.CheckHostName(Origin) is not (UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6))
        {
            yield return new Finding(source, "/origin", "origin", "must be a DNS name such as connectors.example.com, without scheme, port or path");
        }
    }
}
