using System.Net;
using System.Net.Sockets;
using Connectors.Ota.Audit;
using Connectors.Ota.Profiles;
using Connectors.Ota.Receiving;
using Connectors.Sdk.Conformance;
using Connectors.Sdk.Hosting.Sinks;
using Connectors.Sdk.Hosting.State.Sqlite;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Secrets;
using Connectors.Sdk.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Connectors.Ota.Tests.Fixtures;

/// <summary>
/// A real OTA receiver on 127.0.0.1, as <c>connectors serve</c> runs it: its own Kestrel, the account of
/// <see cref="TestAccounts"/>, and a folder sink over an SQLite inbox, so what it commits is what a
/// flow would see. Stopped and deleted when disposed.
/// </summary>
public sealed class RunningOtaReceiver : IAsyncDisposable
{
    public const string Channel = "ota-receiver";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    private readonly TemporaryFolder _folder;
    private readonly ServiceProvider _services;
    private readonly CancellationTokenSource _stop;
    private readonly Task _running;

    private RunningOtaReceiver(TemporaryFolder folder, ServiceProvider services, OtaReceiverProperties properties, TestCertificate? certificate, CapturingLoggerProvider logs, CancellationTokenSource stop, Task running)
    {
        _folder = folder;
        Logs = logs;
        _services = services;
        Properties = properties;
        Certificate = certificate;
        _stop = stop;
        _running = running;
    }

    public OtaReceiverProperties Properties { get; }

    public TestCertificate? Certificate { get; }

    public IPEndPoint Endpoint => new(IPAddress.Parse(Properties.ListenAddress), Properties.Port);

    /// <summary>The URL partners post to.</summary>
    public Uri Address => new($"{(Certificate is null ? "http" : "https")}://{Properties.ListenAddress}:{Properties.Port}{Properties.Path}");

    public IStateStore State => _services.GetRequiredService<IStateStore>();

    public IOtaAuditLog Audit => _services.GetRequiredService<IOtaAuditLog>();

    public CapturingLoggerProvider Logs { get; }

    /// <summary>Where the flow's sink stores what it commits: one folder per account profile.</summary>
    public string DeliveryFolder => _folder.Combine("delivered");

    public static async Task<RunningOtaReceiver> StartAsync(ReceiverSetup? setup = null)
    {
        setup ??= new ReceiverSetup();
        var folder = new TemporaryFolder();
        var certificate = setup.Https ? TestCertificate.Create(folder.Path) : null;
        var properties = new OtaReceiverProperties
        {
            ListenAddress = "127.0.0.1",
            Port = setup.Port ?? LoopbackEndpoints.Unused().Port,
            Accounts = [TestAccounts.AccountProfile],
            MessageTypes = setup.MessageTypes,
            MaxContentBytes = setup.MaxContentBytes,
            RequireDigest = setup.RequireDigest,
            TlsCertificate = certificate?.Pkcs12Path,
            TlsCertificatePassword = certificate is null ? null : SecretValue.From(certificate.Password),
        };

        var operations = new InMemoryOperationsStore();
        operations.Set(TestAccounts.AccountProfile, new OtaProfile { Username = setup.Username, Password = SecretValue.From(setup.Password) });
        var state = await SqliteStateStore.OpenAsync(new SqliteStateStoreOptions { DatabasePath = folder.Combine("state", "state.db") });
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(logs))
            .AddSingleton<IOperationsStore>(operations)
            .AddSingleton<IStateStore>(state)
            .AddSingleton<IOtaAuditLog>(SqliteOtaAuditLog.Open(folder.Combine("state", SqliteOtaAuditLog.FileName)))
            .BuildServiceProvider();
        var sink = setup.Sink ?? await FolderSink.OpenAsync(folder.Combine("delivered"), Channel, state.Inbox, CancellationToken.None);
        var receiver = new OtaReceiver(operations, services, services.GetRequiredService<ILoggerFactory>());
        var stop = new CancellationTokenSource();
        var running = Task.Run(() => receiver.RunAsync(properties, sink, stop.Token));
        var started = new RunningOtaReceiver(folder, services, properties, certificate, logs, stop, running);
        await started.WaitUntilListeningAsync();
        return started;
    }

    /// <summary>What the flow's sink committed for the test account, oldest first.</summary>
    public Task<IReadOnlyList<InboxEntry>> CommittedAsync() =>
        State.Inbox.ListUnacknowledgedAsync(Channel, TestAccounts.AccountProfile, CancellationToken.None);

    /// <summary>The files the flow's sink stored for the test account.</summary>
    public string[] DeliveredFiles()
    {
        var partner = Path.Combine(DeliveryFolder, TestAccounts.AccountProfile);
        return Directory.Exists(partner) ? Directory.GetFiles(partner).Order(StringComparer.Ordinal).ToArray() : [];
    }

    /// <summary>Stops the receiver, keeping its state and files, as a host that goes down.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _running;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_running.IsCompleted)
        {
            await StopAsync();
        }

        ((IDisposable)State).Dispose();
        ((IDisposable)Audit).Dispose();
        await _services.DisposeAsync();
        _stop.Dispose();
        _folder.Dispose();
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (_running.IsCompleted)
            {
                await _running;
                throw new InvalidOperationException("the OTA receiver stopped right after it started");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(Endpoint);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }
    }
}
