using System.Globalization;
using System.Net;

namespace Connectors.Sdk.Hosting.Events;

/// <summary>
/// The abuse protection of the CloudEvents HTTP web hook specification: before its first event the sender
/// asks the receiver's permission with an OPTIONS request naming its origin, and sends only when the
/// receiver answers with that origin (or <c>*</c>) in <c>WebHook-Allowed-Origin</c>. The status code alone
/// grants nothing, since any server answers OPTIONS somehow.
/// </summary>
internal static class WebhookHandshake
{
    public const string RequestOrigin = "WebHook-Request-Origin";
    public const string AllowedOrigin = "WebHook-Allowed-Origin";
    public const string AllowedRate = "WebHook-Allowed-Rate";

    /// <summary>
    /// The receiver's permission for <paramref name="profile"/>'s origin. A failure the receiver may get over
    /// (no connection, a timeout, <c>5xx</c>, <c>408</c>, <c>429</c>) throws, so the delivery is tried again.
    /// </summary>
    public static async Task<WebhookPermission> AskAsync(HttpClient client, WebhookProfile profile, CancellationToken cancellationToken)
    {
        using var request = WebhookRequests.Create(HttpMethod.Options, profile);
        request.Headers.Add(RequestOrigin, profile.Origin);

        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if ((int)response.StatusCode >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests)
        {
            throw new HttpRequestException($"the validation request (OPTIONS) was answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }

        return Interpret(response, profile.Origin!);
    }

    private static WebhookPermission Interpret(HttpResponseMessage response, string origin)
    {
        var allowed = Header(response, AllowedOrigin);
        if (allowed is null)
        {
            return WebhookPermission.Refuse(response.StatusCode == HttpStatusCode.MethodNotAllowed
                ? "it does not take the CloudEvents validation request (OPTIONS was answered 405 Method Not Allowed)"
                : $"its answer to the CloudEvents validation request (OPTIONS, HTTP {(int)response.StatusCode}) has no {AllowedOrigin} header");
        }

        if (allowed != "*" && !string.Equals(allowed, origin, StringComparison.OrdinalIgnoreCase))
        {
            return WebhookPermission.Refuse($"it allows events from origin '{allowed}', not from '{origin}'");
        }

        var rate = Header(response, AllowedRate);
        if (rate is null or "*")
        {
            return WebhookPermission.Grant(null);
        }

        return int.TryParse(rate, NumberStyles.None, CultureInfo.InvariantCulture, out var perMinute) && perMinute > 0
            ? WebhookPermission.Grant(perMinute)
            : WebhookPermission.Refuse($"its {AllowedRate} '{rate}' is not a number of requests a minute or '*'");
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;
}
