using System.Security.Cryptography;
using System.Text;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Secrets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Host.Api;

/// <summary>
/// Lets a call through only with a key of an <c>api-key</c> profile, sent as <c>Authorization: Bearer</c>
/// or <c>X-Api-Key</c>. Keys are read from the operations store on every call, so a key added or
/// removed takes effect without a restart. Without any key configured every call is refused: an API
/// that starts tasks must not be open by default.
/// </summary>
internal sealed class ApiKeyFilter : IEndpointFilter
{
    public const string KeyHeader = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var keys = http.RequestServices.GetRequiredService<IOperationsStore>().List()
            .Where(entry => entry.Profile is ApiKeyProfile)
            .Select(entry => ((ApiKeyProfile)entry.Profile).Key)
            .ToList();
        if (keys.Count == 0)
        {
            return Refuse(
                http,
                $"no API key is configured, so the API refuses every call; add a profile of type '{ApiKeyProfile.TypeId}' to the operations folder's profiles/, "
                + """e.g. profiles/my-client.json: { "type": "api-key", "key": "env:CONNECTORS_API_KEY" }""");
        }

        if (Presented(http.Request) is not { Length: > 0 } presented)
        {
            return Refuse(http, $"send an API key as 'Authorization: Bearer <key>' or '{KeyHeader}: <key>'");
        }

        if (!Matches(presented, keys))
        {
            return Refuse(http, "the API key is not one of the configured api-key profiles");
        }

        return await next(context).ConfigureAwait(false);
    }

    private static IResult Refuse(HttpContext http, string detail)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return ApiProblems.Unauthorized(detail);
    }

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers[KeyHeader].ToString() is { Length: > 0 } key)
        {
            return key.Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? authorization[scheme.Length..].Trim() : null;
    }

    // Hashes compared in constant time, against every key without stopping at a match, so neither the
    // time taken nor the key's length tells a caller how close a guess came.
    private static bool Matches(string presented, IEnumerable<SecretValue> keys)
    {
        var presentedHash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var matched = false;
        foreach (var key in keys)
        {
            string value;
            try
            {
                value = key.Reveal();
            }
            catch (SecretResolutionException)
            {
                continue;
            }

            if (value.Length == 0)
            {
                continue;
            }

            matched |= CryptographicOperations.FixedTimeEquals(presentedHash, SHA256.HashData(Encoding.UTF8.GetBytes(value)));
        }

        return matched;
    }
}
