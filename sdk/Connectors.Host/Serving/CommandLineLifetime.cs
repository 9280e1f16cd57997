using Microsoft.Extensions.Hosting;

namespace Connectors.Host.Serving;

/// <summary>
/// The host's lifetime when the command line owns the signals: Ctrl+C and SIGTERM cancel the command,
/// and the command stops the host. The default console lifetime would answer the same signals a
/// second time, and in-process runs must not touch the process's signals at all.
/// </summary>
internal sealed class CommandLineLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
