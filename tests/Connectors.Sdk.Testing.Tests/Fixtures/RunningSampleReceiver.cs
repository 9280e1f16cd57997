using System.Net;
using System.Net.Sockets;
using Connectors.SamplePlugin;
using Connectors.Sdk.Conformance;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Secrets;
using Microsoft.Extensions.Logging.Abstractions;

namespace Connectors.Sdk.Testing.Tests.Fixtures;

/// <summary>A real sample receiver on 127.0.0.1 that accepts one user and password; stopped when disposed.</summary>
public sealed class RunningSampleReceiver : IAsyncDisposable
{
    public const string AccountsProfile = "accepted-accounts";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stop;
    private readonly Task _running;

    private RunningSampleReceiver(IPEndPoint endpoint, CancellationTokenSource stop, Task running)
    {
        Endpoint = endpoint;
        _stop = stop;
        _running = running;
    }

    public IPEndPoint Endpoint { get; }

    public static async Task<RunningSampleReceiver> StartAsync(IMessageSink sink, string user, string password, CancellationToken cancellationToken)
    {
        var operations = new InMemoryOperationsStore();
        operations.Set(AccountsProfile, new SampleProfile { Host = "127.0.0.1", User = user, Password = SecretValue.From(password) });
        var endpoint = LoopbackEndpoints.Unused();
        var properties = new SampleReceiverProperties { ListenAddress = "127.0.0.1", Port = endpoint.Port, ConnectionName = AccountsProfile };
        var stop = new CancellationTokenSource();
        var running = new SampleReceiver(operations, NullLogger<SampleReceiver>.Instance).RunAsync(properties, sink, stop.Token);
        var receiver = new RunningSampleReceiver(endpoint, stop, running);
        await receiver.WaitUntilListeningAsync(cancellationToken);
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _running;
        _stop.Dispose();
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (_running.IsCompleted)
            {
                await _running;
                throw new InvalidOperationException("the sample receiver stopped right after it started");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(Endpoint, cancellationToken);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20, cancellationToken);
            }
        }
    }
}
