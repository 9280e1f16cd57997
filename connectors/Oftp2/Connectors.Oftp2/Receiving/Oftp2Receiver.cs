using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Connectors.Oftp2.Exchange;
using Connectors.Oftp2.Profiles;
using Connectors.Oftp2.Protocol.Session;
using Connectors.Oftp2.Transport;
using Connectors.Sdk.Connectors;
using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.State;
using Microsoft.Extensions.Logging;

namespace Connectors.Oftp2.Receiving;

/// <summary>
/// Listens for OFTP2 partners over TCP or TLS. Each session identifies its partner by SSID code, takes in
/// its files for the flow (EFPA only after the sink committed them), answers EERP or NERP, and delivers
/// the files and responses queued for that partner. Sessions run side by side up to a limit.
/// </summary>
public sealed partial class Oftp2Receiver(
    IOperationsStore operations,
    IStateStore state,
    Oftp2InboundDelivery inbound,
    ILogger<Oftp2Receiver> logger) : IReceiver<Oftp2ReceiverProperties>
{
    public ConnectorDescriptor Descriptor { get; } = new(
        "oftp2-receiver",
        "OFTP2 Receiver",
        ConnectorKind.Receiver,
        "1.0.0",
        typeof(Oftp2ReceiverProperties),
        typeof(Oftp2Profile),
        "Listens for OFTP2 partners (RFC 5024) over TCP or TLS, hands their files to the flow, answers EERP or NERP, and delivers files queued for them.");

    public async Task RunAsync(Oftp2ReceiverProperties properties, IMessageSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var tls = ServerCertificate.OptionsFor(properties, () => PartnerCertificates(properties));
        if (!IPAddress.TryParse(properties.ListenAddress, out var address))
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"'{properties.ListenAddress}' is not an IP address to listen on", propertyKeys: ["/listenAddress"]);
        }

        var listener = new TcpListener(address, properties.Port);
        try
        {
            listener.Start();
        }
        catch (SocketException e)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"cannot listen on {properties.ListenAddress}:{properties.Port}: {e.SocketErrorCode}", e, propertyKeys: ["/listenAddress", "/port"]);
        }

        using var offered = inbound.Offer(sink);
        using var sessions = new SemaphoreSlim(properties.MaxSessions);
        var running = new List<Task>();
        LogListening(properties.ListenAddress, properties.Port, tls is null ? "TCP" : "TLS");
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(cancellationToken).ConfigureAwait(false);
                await sessions.WaitAsync(cancellationToken).ConfigureAwait(false);
                running.RemoveAll(t => t.IsCompleted);
                running.Add(Task.Run(
                    async () =>
                    {
                        try
                        {
                            await ServeAsync(client, tls, properties, sink, cancellationToken).ConfigureAwait(false);
                        }
                        finally
                        {
                            sessions.Release();
                        }
                    },
                    CancellationToken.None));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            listener.Stop();
            await Task.WhenAll(running).ConfigureAwait(false);
        }
    }

    private async Task ServeAsync(TcpClient client, SslServerAuthenticationOptions? tls, Oftp2ReceiverProperties properties, IMessageSink sink, CancellationToken cancellationToken)
    {
        var remote = client.Client.RemoteEndPoint?.ToString() ?? "unknown";
        client.NoDelay = true;
        var callers = new Oftp2CallerDirectory(operations, state, sink, properties.Partners, logger);
        try
        {
            await using var transport = await SecureAsync(client.GetStream(), tls, cancellationToken).ConfigureAwait(false);
            var outcome = await OdetteSession.RunAsResponderAsync(transport, callers, new SessionTimeouts(), logger, cancellationToken).ConfigureAwait(false);
            LogEnded(remote, outcome.Negotiated?.PartnerCode ?? "unidentified", (int)outcome.Reason, outcome.FilesReceived, outcome.FilesSent);
        }
        catch (AuthenticationException e)
        {
            LogTlsFailed(remote, e.Message);
        }
        catch (IOException e)
        {
            LogLost(remote, e.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One partner's failure must never stop the listener for the others.
            LogFailed(e, remote);
        }
        finally
        {
            if (callers.LastAdmitted is { } partner)
            {
                await partner.ReleaseAsync("the session ended").ConfigureAwait(false);
            }

            client.Dispose();
        }
    }

    // Every certificate of the partners this listener accepts; one that cannot be loaded is left out (profiles validate reports it).
    private X509Certificate2Collection PartnerCertificates(Oftp2ReceiverProperties properties)
    {
        var certificates = new X509Certificate2Collection();
        foreach (var entry in operations.List().Where(e => e.Profile is Oftp2Profile && (properties.Partners.Count == 0 || properties.Partners.Contains(e.Name))))
        {
            foreach (var reference in ((Oftp2Profile)entry.Profile).Security.PartnerCertificates)
            {
                try
                {
                    certificates.Add(CertificateReferences.LoadPartner(reference));
                }
                catch (CertificateReferenceException)
                {
                }
            }
        }

        return certificates;
    }

    private static async Task<Stream> SecureAsync(NetworkStream network, SslServerAuthenticationOptions? tls, CancellationToken cancellationToken)
    {
        if (tls is null)
        {
            return network;
        }

        var ssl = new SslStream(network, leaveInnerStreamOpen: false);
        using var handshake = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        handshake.CancelAfter(TimeSpan.FromSeconds(30));
        await ssl.AuthenticateAsServerAsync(tls, handshake.Token).ConfigureAwait(false);
        return ssl;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "OFTP2 receiver listening on {Address}:{Port} ({Transport})")]
    private partial void LogListening(string address, int port, string transport);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session from {Remote} ({Partner}) ended with ESID {Reason}: {Received} files received, {Sent} sent")]
    private partial void LogEnded(string remote, string partner, int reason, int received, int sent);

    [LoggerMessage(Level = LogLevel.Warning, Message = "TLS handshake with {Remote} failed: {Reason}")]
    private partial void LogTlsFailed(string remote, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection from {Remote} was lost: {Reason}")]
    private partial void LogLost(string remote, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Session from {Remote} failed")]
    private partial void LogFailed(Exception exception, string remote);
}
