using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Host.Api;

/// <summary>The REST API of <c>connectors serve</c> under <c>/api</c>, every call behind <see cref="ApiKeyFilter"/>.</summary>
internal static class ApiRoutes
{
    /// <summary>The services the API's endpoints take.</summary>
    public static IServiceCollection AddConnectorsApi(this IServiceCollection services) =>
        services.AddSingleton<TaskRunLauncher>();

    public static RouteGroupBuilder MapConnectorsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.AddEndpointFilter<ApiKeyFilter>();
        TaskEndpoints.Map(api);
        RunEndpoints.Map(api);
        RunLogEndpoint.Map(api);
        ProfileEndpoints.Map(api);
        return api;
    }
}
