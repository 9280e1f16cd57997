using System.Net.Http.Headers;

namespace Connectors.Sdk.Hosting.Events;

/// <summary>A request to a webhook's URL with what every one of them carries: the profile's bearer token, when it has one.</summary>
internal static class WebhookRequests
{
    public static HttpRequestMessage Create(HttpMethod method, WebhookProfile profile)
    {
        var request = new HttpRequestMessage(method, profile.Url);
        if (profile.BearerToken is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Reveal());
        }

        return request;
    }
}
