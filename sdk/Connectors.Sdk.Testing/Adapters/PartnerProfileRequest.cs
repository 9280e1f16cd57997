using System.Net;
using Connectors.Sdk.Profiles;

namespace Connectors.Sdk.Conformance;

/// <summary>What the kit asks of an adapter's profile: where the partner is, how patient to be, and which credentials.</summary>
/// <param name="Endpoint">Where the partner listens; a receiver's adapter may ignore it.</param>
/// <param name="Network">Timeouts and retries the profile must carry, chosen by the check (short for timeouts, long for cancellation).</param>
/// <param name="WrongCredentials">True for credentials the partner started by the adapter refuses.</param>
public sealed record PartnerProfileRequest(IPEndPoint Endpoint, NetworkSettings Network, bool WrongCredentials = false)
{
    /// <summary>A request for a profile that is only looked at, never used to connect.</summary>
    internal static PartnerProfileRequest ForInspection(bool wrongCredentials) =>
        new(new IPEndPoint(IPAddress.Loopback, 4000), new NetworkSettings(), wrongCredentials);
}
