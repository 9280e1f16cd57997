using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace Connectors.Host.Serving;

/// <summary>
/// The server of <c>serve</c> when no URL is configured: Kestrel would otherwise bind
/// localhost:5000 by default, opening a port nobody asked for.
/// </summary>
internal sealed class NoEndpointsServer : IServer
{
    public IFeatureCollection Features { get; } = new FeatureCollection();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }
}
