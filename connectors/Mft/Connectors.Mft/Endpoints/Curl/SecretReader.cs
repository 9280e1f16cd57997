using Connectors.Sdk.Errors;
using Connectors.Sdk.Secrets;

namespace Connectors.Mft.Endpoints.Curl;

/// <summary>Resolves a profile's secret when an endpoint opens, naming the key (never the value) when it cannot.</summary>
internal static class SecretReader
{
    public static string? Reveal(SecretValue? secret, string propertyKey)
    {
        try
        {
            var value = secret?.Reveal();
            return string.IsNullOrEmpty(value) ? null : value;
        }
        catch (SecretResolutionException e)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"{propertyKey} cannot be resolved: {e.Message}.", e, propertyKeys: [propertyKey]);
        }
    }
}
