using Connectors.Mft.Profiles;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Endpoints.Http;

/// <summary>Opens <see cref="HttpEndpointProfile"/> endpoints, checking that the server answers and takes the credentials.</summary>
public sealed class HttpEndpointOpener : IEndpointOpener
{
    public Type ProfileType => typeof(HttpEndpointProfile);

    public async Task<IFileEndpoint> OpenAsync(string name, EndpointProfile profile, CancellationToken cancellationToken)
    {
        if (profile is not HttpEndpointProfile http)
        {
            throw new ArgumentException($"endpoint '{name}' is a {profile?.GetType().Name}, not an HTTP profile", nameof(profile));
        }

        var urls = new HttpUrlMap(ParseBaseUrl(name, http.BaseUrl), http.Root);
        var endpoint = new HttpEndpoint(
            HttpClientFactory.Create(name, http),
            urls,
            TimeSpan.FromSeconds(http.Network.ResponseTimeoutSeconds),
            $"HTTP endpoint '{name}' ({urls.Root.GetLeftPart(UriPartial.Path)})");
        try
        {
            await endpoint.VerifyAccessAsync(cancellationToken).ConfigureAwait(false);
            return endpoint;
        }
        catch
        {
            await endpoint.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static Uri ParseBaseUrl(string name, string baseUrl)
    {
        if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) && string.IsNullOrEmpty(url.UserInfo))
        {
            return url;
        }

        throw new ConnectorException(
            ConnectorErrorKind.Configuration,
            $"endpoint '{name}': the base URL must be an http:// or https:// address without credentials in it",
            propertyKeys: ["/baseUrl"]);
    }
}
