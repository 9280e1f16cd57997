using Connectors.Mft.Profiles;

namespace Connectors.Mft.Endpoints;

/// <summary>Opens endpoints of one profile type; the factory picks the opener by the profile's record type.</summary>
public interface IEndpointOpener
{
    Type ProfileType { get; }

    /// <summary>Connects (and authenticates) to the endpoint the profile describes.</summary>
    Task<IFileEndpoint> OpenAsync(string name, EndpointProfile profile, CancellationToken cancellationToken);
}
