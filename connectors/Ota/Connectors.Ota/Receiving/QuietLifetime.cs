using Microsoft.Extensions.Hosting;

namespace Connectors.Ota.Receiving;

/// <summary>
/// The lifetime of the receiver's own web host: started and stopped by the receiver alone, so it neither
/// listens for Ctrl+C nor prints start-up banners inside the host that runs it.
/// </summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
