using Connectors.Sdk.Profiles;
using Connectors.Sdk.Properties;

namespace Connectors.Mft.Profiles;

/// <summary>A folder on this host (or a mounted share) as a transfer endpoint; <see cref="EndpointProfile.Root"/> is the folder.</summary>
[ProfileType(TypeId)]
[ConnectorProperties("Local folder endpoint", "A folder on the host that runs the task, or a share mounted there; task paths are relative to its root.")]
public sealed record LocalEndpointProfile : EndpointProfile
{
    public const string TypeId = "mft-local";
}
