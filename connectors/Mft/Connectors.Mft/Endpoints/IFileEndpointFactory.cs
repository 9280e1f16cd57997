namespace Connectors.Mft.Endpoints;

/// <summary>Opens an endpoint by its profile name in the operations store.</summary>
public interface IFileEndpointFactory
{
    /// <summary>Opens the named endpoint; an unknown name is a configuration error listing the known endpoints.</summary>
    Task<IFileEndpoint> OpenAsync(string endpointName, CancellationToken cancellationToken);
}
