using Connectors.Mft.Profiles;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Endpoints.Local;

/// <summary>Opens <c>mft-local</c> profiles: the root folder must exist, so a typo fails before any file moves.</summary>
public sealed class LocalEndpointOpener : IEndpointOpener
{
    public Type ProfileType => typeof(LocalEndpointProfile);

    public Task<IFileEndpoint> OpenAsync(string name, EndpointProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (!Directory.Exists(profile.Root))
        {
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"endpoint '{name}': root folder {profile.Root} does not exist; create it or fix /root in the profile",
                propertyKeys: ["/root"]);
        }

        return Task.FromResult<IFileEndpoint>(new LocalFileEndpoint(profile.Root));
    }
}
