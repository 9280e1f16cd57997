using Connectors.Mft.Profiles;
using Connectors.Sdk.Profiles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Connectors.Host.Api;

/// <summary>
/// <c>GET /api/endpoints</c> and <c>GET /api/keys</c>: the file-transfer endpoints and PGP keys of the
/// operations store, by name, for a client that builds task definitions. Only names, types,
/// descriptions and the ids and fingerprints of public keys: never a profile's fields, which may hold secrets.
/// </summary>
internal static class ProfileEndpoints
{
    public const string EndpointTypePrefix = "mft-";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/endpoints", (IOperationsStore store) => Results.Ok(new
        {
            endpoints = store.List()
                .Where(entry => entry.Type.StartsWith(EndpointTypePrefix, StringComparison.Ordinal))
                .OrderBy(entry => entry.Name, StringComparer.Ordinal)
                .Select(entry => new { name = entry.Name, type = entry.Type, description = entry.Profile.Description }),
        }));

        api.MapGet("/keys", (IOperationsStore store) => Results.Ok(new
        {
            keys = store.List()
                .Where(entry => entry.Profile is PgpKeyProfile)
                .OrderBy(entry => entry.Name, StringComparer.Ordinal)
                .Select(entry => PgpKeyFacts.Of(entry.Name, (PgpKeyProfile)entry.Profile)),
        }));
    }
}
