using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Connectors.Sdk.Connectors;
using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Microsoft.Extensions.Logging;

namespace Connectors.SamplePlugin;

/// <summary>
/// Listens for sample partners until cancelled. Each connection must log in with the user and password
/// of the named profile; each file it sends goes to the sink, and is answered <c>STORED</c> only after
/// the sink committed it.
/// </summary>
public sealed class SampleReceiver(IOperationsStore operations, ILogger<SampleReceiver> logger) : IReceiver<SampleReceiverProperties>
{
    public static readonly ConnectorDescriptor ReceiverDescriptor = new(
        "sample-receiver",
        "Sample receiver",
        ConnectorKind.Receiver,
        "1.0.0",
        typeof(SampleReceiverProperties),
        typeof(SampleProfile),
        "Listens for partners speaking the line-based sample protocol and hands each file they send to the flow.");

    public ConnectorDescriptor Descriptor => ReceiverDescriptor;

    public async Task RunAsync(SampleReceiverProperties properties, IMessageSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(sink);

        // Fail at start, not at the first partner, when the accounts profile is missing.
        _ = operations.Get<SampleProfile>(properties.ConnectionName);
        var listener = Listen(properties);
        var sessions = new ConcurrentDictionary<Task, bool>();
        logger.LogInformation(
            "Sample receiver listening on {Address}:{Port} for the accounts of profile {Profile}",
            properties.ListenAddress,
            properties.Port,
            properties.ConnectionName);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                Socket socket;
                try
                {
                    socket = await listener.AcceptSocketAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                var session = new SampleReceiverSession(socket, properties.ConnectionName, operations, sink, logger).RunAsync(cancellationToken);
                sessions.TryAdd(session, true);
                _ = session.ContinueWith(done => sessions.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            }
        }
        finally
        {
            listener.Stop();
            await Task.WhenAll(sessions.Keys).ConfigureAwait(false);
            logger.LogInformation("Sample receiver on {Address}:{Port} stopped", properties.ListenAddress, properties.Port);
        }
    }

    private static TcpListener Listen(SampleReceiverProperties properties)
    {
        if (!IPAddress.TryParse(properties.ListenAddress, out var address))
        {
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"the listen address '{properties.ListenAddress}' is not an IP address",
                propertyKeys: ["/listenAddress"]);
        }

        var listener = new TcpListener(address, properties.Port);
        try
        {
            listener.Start();
        }
        catch (SocketException e)
        {
            listener.Stop();
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"cannot listen on {properties.ListenAddress}:{properties.Port} ({e.SocketErrorCode}); is another program using the port?",
                e,
                propertyKeys: ["/listenAddress", "/port"]);
        }

        return listener;
    }
}
