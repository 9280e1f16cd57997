namespace Connectors.Sdk.Profiles;

/// <summary>A profile that reaches its partner over a network, with timeouts and retries.</summary>
public interface INetworkProfile
{
    NetworkSettings Network { get; }
}
