using Connectors.Mft.Profiles;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Secrets;

namespace Connectors.Mft.Endpoints.S3;

/// <summary>Opens <see cref="S3EndpointProfile"/> endpoints, checking bucket and credentials before a task relies on them.</summary>
public sealed class S3EndpointOpener : IEndpointOpener
{
    public Type ProfileType => typeof(S3EndpointProfile);

    public async Task<IFileEndpoint> OpenAsync(string name, EndpointProfile profile, CancellationToken cancellationToken)
    {
        if (profile is not S3EndpointProfile s3)
        {
            throw new ArgumentException($"endpoint '{name}' is a {profile?.GetType().Name}, not an S3 profile", nameof(profile));
        }

        var keys = new S3KeyMap(s3.Root);
        var endpoint = new S3Endpoint(
            CreateClient(name, s3, boundBySilence: false),
            CreateClient(name, s3, boundBySilence: true),
            s3,
            keys,
            Describe(name, s3, keys));
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

    private static Amazon.S3.AmazonS3Client CreateClient(string name, S3EndpointProfile profile, bool boundBySilence)
    {
        try
        {
            return S3ClientFactory.Create(profile, boundBySilence);
        }
        catch (SecretResolutionException e)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"endpoint '{name}': the secret access key cannot be resolved: {e.Message}", e, propertyKeys: ["/secretAccessKey"]);
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"endpoint '{name}': the service URL or region is not valid ({e.Message})", e, propertyKeys: ["/serviceUrl", "/region"]);
        }
    }

    private static string Describe(string name, S3EndpointProfile profile, S3KeyMap keys)
    {
        var server = string.IsNullOrWhiteSpace(profile.ServiceUrl) ? $"AWS {profile.Region}" : profile.ServiceUrl;
        return $"S3 endpoint '{name}' (s3://{profile.Bucket}/{keys.RootPrefix} at {server})";
    }
}
