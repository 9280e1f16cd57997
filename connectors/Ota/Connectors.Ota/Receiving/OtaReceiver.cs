using System.Net;
using System.Security.Cryptography.X509Certificates;
using Connectors.Sdk.Connectors;
using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Connectors.Ota.Receiving;

/// <summary>
/// The OTA receiver as a listener <c>connectors serve</c> runs: its own Kestrel on the configured address
/// and port (HTTPS when a certificate is given), serving the endpoint of <see cref="OtaReceiverEndpoint"/>
/// at the configured path until cancelled.
/// </summary>
public sealed class OtaReceiver(IOperationsStore operations, IServiceProvider services, ILoggerFactory loggers) : IReceiver<OtaReceiverProperties>
{
    /// <summary>Long enough for an answer being written to leave; short enough to stop within the second a host allows.</summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromMilliseconds(500);

    public static readonly ConnectorDescriptor ReceiverDescriptor = new(
        "ota-receiver",
        "OTA Receiver",
        ConnectorKind.Receiver,
        "1.0.0",
        typeof(OtaReceiverProperties),
        typeof(Profiles.OtaProfile),
        "Serves partners' Oracle Transport Agent posts over HTTP or HTTPS, authenticates them, recognises resends, and hands each document to the flow exactly once.");

    public ConnectorDescriptor Descriptor => ReceiverDescriptor;

    public async Task RunAsync(OtaReceiverProperties properties, IMessageSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(sink);
        var logger = loggers.CreateLogger<OtaReceiver>();
        var address = ListenAddress(properties);
        using var certificate = properties.TlsCertificate is { Length: > 0 } path
            ? ServerCertificate.Load(path, properties.TlsKey, properties.TlsCertificatePassword)
            : null;
        var endpoint = new OtaReceiverEndpoint(properties, sink, operations, OtaReceiverServices.AuditLog(services), OtaReceiverServices.SpoolRoot(services), logger);
        endpoint.EnsureAccounts();

        var app = Build(properties, address, certificate, endpoint);
        await using (app.ConfigureAwait(false))
        {
            await StartAsync(app, properties, cancellationToken).ConfigureAwait(false);
            OtaReceiverLog.Listening(logger, certificate is null ? "http" : "https", properties.ListenAddress, properties.Port, properties.Path, string.Join(", ", properties.Accounts));
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Cancellation is how a receiver is told to stop.
            }
            finally
            {
                using var grace = new CancellationTokenSource(StopGrace);
                await app.StopAsync(grace.Token).ConfigureAwait(false);
                OtaReceiverLog.Stopped(logger, properties.ListenAddress, properties.Port);
            }
        }
    }

    private WebApplication Build(OtaReceiverProperties properties, IPAddress address, X509Certificate2? certificate, OtaReceiverEndpoint endpoint)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(OtaReceiver).Assembly.GetName().Name });

        // The host's loggers, so the web server's own complaints land where the connector's do.
        builder.Services.AddSingleton(loggers);
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.Services.AddRouting();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;

            // The endpoint enforces its own limit from the Content-Length, before reading.
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.Listen(address, properties.Port, listen =>
            {
                if (certificate is not null)
                {
                    listen.UseHttps(certificate);
                }
            });
        });
        var app = builder.Build();
        app.Map(properties.Path, endpoint.HandleAsync);
        return app;
    }

    private static async Task StartAsync(WebApplication app, OtaReceiverProperties properties, CancellationToken cancellationToken)
    {
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"cannot listen on {properties.ListenAddress}:{properties.Port} ({e.Message}); is another program using the port?",
                e,
                propertyKeys: ["/listenAddress", "/port"]);
        }
    }

    private static IPAddress ListenAddress(OtaReceiverProperties properties) =>
        IPAddress.TryParse(properties.ListenAddress, out var address)
            ? address
            : throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"the listen address '{properties.ListenAddress}' is not an IP address",
                propertyKeys: ["/listenAddress"]);
}
