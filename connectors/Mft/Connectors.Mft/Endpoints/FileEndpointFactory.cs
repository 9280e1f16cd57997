using Connectors.Mft.Profiles;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Profiles;

namespace Connectors.Mft.Endpoints;

/// <summary>
/// Opens endpoints by profile name with the opener registered for the profile's type. When several
/// openers serve one type, the last registered wins, so a host can replace a built-in one.
/// </summary>
public sealed class FileEndpointFactory(IOperationsStore operations, IEnumerable<IEndpointOpener> openers) : IFileEndpointFactory
{
    private readonly IReadOnlyList<IEndpointOpener> _openers = openers.ToList();

    public async Task<IFileEndpoint> OpenAsync(string endpointName, CancellationToken cancellationToken)
    {
        if (operations.Find(endpointName)?.Profile is not EndpointProfile profile)
        {
            var known = operations.List().Where(e => e.Profile is EndpointProfile).Select(e => e.Name).ToList();
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"no endpoint profile is named '{endpointName}'; known endpoints: {(known.Count == 0 ? "none" : string.Join(", ", known))}");
        }

        var opener = _openers.LastOrDefault(o => o.ProfileType.IsAssignableFrom(profile.GetType()))
            ?? throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"endpoint '{endpointName}' is a {profile.GetType().Name}, but no opener for that type is registered; add its connector package to the host");
        return await opener.OpenAsync(endpointName, profile, cancellationToken).ConfigureAwait(false);
    }
}
