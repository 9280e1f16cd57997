using Connectors.Ota.Receiving;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Connectors.Ota;

/// <summary>Maps the OTA receiver into an application's own ASP.NET Core routing.</summary>
public static class OtaEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves OTA posts at <paramref name="pattern"/> and hands each accepted document to
    /// <paramref name="sink"/>. The application's services must hold an <see cref="IOperationsStore"/>
    /// with the account profiles; an audit log and a state store are used when registered.
    /// <paramref name="properties"/> give the accounts, message types, size limit and Digest; its address,
    /// port, path and TLS fields are the application's business and are ignored. Fails at once when an
    /// account profile is missing.
    /// </summary>
    public static IEndpointConventionBuilder MapOtaReceiver(this IEndpointRouteBuilder endpoints, string pattern, OtaReceiverProperties properties, IMessageSink sink)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(sink);
        var services = endpoints.ServiceProvider;
        var endpoint = new OtaReceiverEndpoint(
            properties,
            sink,
            services.GetRequiredService<IOperationsStore>(),
            OtaReceiverServices.AuditLog(services),
            OtaReceiverServices.SpoolRoot(services),
            services.GetRequiredService<ILoggerFactory>().CreateLogger<OtaReceiver>());
        endpoint.EnsureAccounts();
        return endpoints.Map(pattern, endpoint.HandleAsync).WithDisplayName("OTA receiver " + pattern);
    }
}
