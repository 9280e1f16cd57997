using Connectors.Sdk.Errors;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Connectors.Ota.Sending;

/// <summary>
/// In a long-running host (<c>connectors serve</c>), sends what is left in the OTA outbound queue:
/// messages whose sender stopped mid-send, and retries that fell due. Looks shortly after start, then
/// every half minute.
/// </summary>
internal sealed class OtaOutboundRecoveryService(OtaSender sender, ILogger<OtaOutboundRecoveryService> logger) : BackgroundService
{
    private static readonly TimeSpan FirstLook = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstLook, stoppingToken).ConfigureAwait(false);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await sender.ResendDueAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (ConnectorException e) when (e.Kind == ConnectorErrorKind.Configuration)
                {
                    // No state store: nothing was ever queued here.
                    OtaSenderLog.RecoveryFailed(logger, e, e.Message);
                    return;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    OtaSenderLog.RecoveryFailed(logger, e, e.Message);
                }

                await Task.Delay(Interval, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; what is left stays queued for the next start.
        }
    }
}
