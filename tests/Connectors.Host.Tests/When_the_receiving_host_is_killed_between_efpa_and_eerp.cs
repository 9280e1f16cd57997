using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Connectors.Host.Tests.Fixtures;
using Connectors.Oftp2;
using Connectors.Oftp2.Tests.EndToEnd.Fixtures;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Hosting.Running;
using Connectors.Sdk.Messages;
using Connectors.Sdk.State;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Connectors.Host.Tests;

/// <summary>
/// A real `connectors serve` process receives a file, commits it and answers EFPA, and is killed (SIGKILL)
/// the moment it sends the EERP. Started again on the same state, it sends the EERP in the partner's next
/// session, and its flow has seen the file once.
/// </summary>
public sealed class When_the_receiving_host_is_killed_between_efpa_and_eerp : IAsyncLifetime
{
    private const string HubCode = "O0013000000KILLHUB";
    private const string SenderCode = "O0013000000KILLSND";
    private readonly Workspace _hub = new();
    private readonly string _senderRoot = Path.Combine(Path.GetTempPath(), "connectors-host-tests", Guid.NewGuid().ToString("N")[..12]);
    private readonly int _port = Workspace.FreePort();
    private Process? _serve;

    [Fact]
    public async Task The_eerp_comes_in_the_next_session_and_the_file_is_delivered_once()
    {
        _hub.WriteProfile("sender", $$"""{ "type": "oftp2", "localCode": "{{HubCode}}", "localPassword": "HUBPASS1", "partnerCode": "{{SenderCode}}", "partnerPassword": "SNDPASS1" }""");
        _hub.WriteListener("oftp2", $$"""{ "connector": "oftp2-receiver", "properties": { "listenAddress": "127.0.0.1", "port": {{_port}} }, "deliverTo": "{{_hub.InboxFolder}}" }""");
        await using var relay = new CuttingRelay(_port);
        await using var sender = BuildSender(relay.Port);
        relay.CutWhenReceiverSends = connection => connection == 1 ? 'E' : null;
        relay.WhenCut = _ => _serve!.Kill(entireProcessTree: true);

        await StartServeAsync();
        var first = await SendAsync(sender, "INVOIC", 64_000);
        Assert.True(_serve!.WaitForExit(10_000), "the serving process was not killed when it sent its EERP");
        Assert.True(first.Status == ReceiptStatus.PendingAcknowledgement, $"the file was accepted without its EERP, yet the receipt is {first.Status} {first.Reason}");

        await StartServeAsync();
        var second = await SendAsync(sender, "NEXTFILE", 1_000);

        Assert.True(second.Status == ReceiptStatus.Delivered, $"the next file: {second.Status} {second.Reason}");
        var firstDelivery = await sender.GetRequiredService<IStateStore>().Deliveries.GetAsync(first.CorrelationId, CancellationToken.None);
        Assert.True(firstDelivery?.State == DeliveryState.Delivered, $"the killed host never sent the first file's EERP: {firstDelivery?.State}");
        var delivered = Directory.GetFiles(Path.Combine(_hub.InboxFolder, "sender")).Select(Path.GetFileName).Order().ToArray();
        Assert.True(delivered.SequenceEqual(["INVOIC", "NEXTFILE"]), $"the hub's flow saw: {string.Join(", ", delivered)}");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // The serving process outlives a failed assertion unless it is stopped here.
    public async Task DisposeAsync()
    {
        if (_serve is { HasExited: false })
        {
            _serve.Kill(entireProcessTree: true);
            await _serve.WaitForExitAsync();
        }

        _serve?.Dispose();
        _hub.Dispose();
        if (Directory.Exists(_senderRoot))
        {
            Directory.Delete(_senderRoot, recursive: true);
        }
    }

    private ServiceProvider BuildSender(int relayPort)
    {
        var profiles = Path.Combine(_senderRoot, "profiles");
        Directory.CreateDirectory(profiles);
        File.WriteAllText(Path.Combine(profiles, "hub.json"), new JObject
        {
            ["type"] = "oftp2",
            ["localCode"] = SenderCode,
            ["localPassword"] = "SNDPASS1",
            ["partnerCode"] = HubCode,
            ["partnerPassword"] = "HUBPASS1",
            ["host"] = "127.0.0.1",
            ["port"] = relayPort,
            ["network"] = new JObject { ["maxAttempts"] = 1, ["responseTimeoutSeconds"] = 20 },
        }.ToString());
        var services = new ServiceCollection();
        services.AddConnectors(c => c.UseFileOperations(profiles, watch: false).UseSqliteState(Path.Combine(_senderRoot, "state")).AddOftp2());
        return services.BuildServiceProvider();
    }

    private static async Task<SendReceipt> SendAsync(IServiceProvider sender, string name, int size)
    {
        var content = new byte[size];
        new Random(size).NextBytes(content);
        using var payload = new MemoryStream(content);
        return await sender.GetRequiredService<ConnectorRunner>().SendAsync(
            "oftp2-sender",
            new JObject { ["connectionName"] = "hub", ["fileName"] = name },
            new ConnectorMessage(payload, new MessageHeaders()),
            CancellationToken.None);
    }

    private async Task StartServeAsync()
    {
        var configuration = typeof(When_the_receiving_host_is_killed_between_efpa_and_eerp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var executable = Path.Combine(RepositoryRoot.Path, "sdk", "Connectors.Host", "bin", configuration, "net10.0", "connectors.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = _hub.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { executable, "--operations", _hub.OperationsFolder, "--state", _hub.StateFolder, "serve" })
        {
            start.ArgumentList.Add(argument);
        }

        _serve?.Dispose();
        _serve = Process.Start(start)!;
        _serve.OutputDataReceived += (_, _) => { };
        _serve.ErrorDataReceived += (_, _) => { };
        _serve.BeginOutputReadLine();
        _serve.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            Assert.False(_serve.HasExited, $"connectors serve exited with {(_serve.HasExited ? _serve.ExitCode : 0)} before it listened");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, _port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
