using System.Net;
using System.Net.Sockets;
using Connectors.Oftp2;
using Connectors.Sdk.Hosting.Registration;
using Connectors.Sdk.Hosting.Running;
using Connectors.Sdk.Hosting.Sinks;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.State;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Connectors.Oftp2.Tests.EndToEnd.Fixtures;

/// <summary>
/// One trading site as a platform would host it: its own operations folder, SQLite state and inbox
/// folder, the OFTP2 connectors registered, and a receiver it can start, stop and restart on loopback.
/// </summary>
internal sealed class Oftp2Site : IAsyncDisposable
{
    private ServiceProvider _services;
    private CancellationTokenSource? _receiving;
    private Task? _receiver;

    private Oftp2Site(string root, string code)
    {
        Root = root;
        Code = code;
        Directory.CreateDirectory(Profiles);
        _services = Build();
    }

    public string Root { get; }

    /// <summary>This site's Odette ID.</summary>
    public string Code { get; }

    public string Password => "PW" + Code[^6..];

    public string Profiles => Path.Combine(Root, "profiles");

    public string State => Path.Combine(Root, "state");

    public string Inbox => Path.Combine(Root, "inbox");

    public int Port { get; private set; }

    public IStateStore StateStore => _services.GetRequiredService<IStateStore>();

    public ConnectorRunner Runner => _services.GetRequiredService<ConnectorRunner>();

    /// <summary>What the last reload of the operations folder found: refused profiles' errors, and warnings.</summary>
    public IReadOnlyList<Finding> ProfileFindings =>
        [.. Operations.Refused, .. Operations.Warnings];

    private Connectors.Sdk.Hosting.Operations.FileOperationsStore Operations =>
        _services.GetRequiredService<Connectors.Sdk.Hosting.Operations.FileOperationsStore>();

    public static Oftp2Site Create(string code) =>
        new(Path.Combine(Path.GetTempPath(), "oftp2-site-" + Guid.NewGuid().ToString("N")), code);

    /// <summary>Onboards <paramref name="other"/> as the profile <paramref name="name"/>; with <paramref name="reachable"/> it has a host to call.</summary>
    public void Onboard(string name, Oftp2Site other, bool reachable, string? partnerPasswordOverride = null, JObject? extra = null)
    {
        var profile = new JObject
        {
            ["type"] = "oftp2",
            ["localCode"] = Code,
            ["localPassword"] = Password,
            ["partnerCode"] = other.Code,
            ["partnerPassword"] = partnerPasswordOverride ?? other.Password,
            ["port"] = other.Port == 0 ? 3305 : other.Port,
            ["network"] = new JObject { ["connectTimeoutSeconds"] = 5, ["responseTimeoutSeconds"] = 20, ["maxAttempts"] = 3, ["initialBackoffSeconds"] = 0.1, ["maxBackoffSeconds"] = 0.5 },
        };
        if (reachable)
        {
            profile["host"] = "127.0.0.1";
        }

        if (extra is not null)
        {
            profile.Merge(extra, new JsonMergeSettings { MergeArrayHandling = MergeArrayHandling.Replace });
        }

        File.WriteAllText(Path.Combine(Profiles, name + ".json"), profile.ToString());
        Reload();
    }

    /// <summary>Starts the receiver on a free loopback port (or <paramref name="port"/>) and waits until it accepts connections.</summary>
    public async Task StartReceiverAsync(int port = 0, JObject? extraProperties = null, Func<IMessageSink, IMessageSink>? wrapSink = null)
    {
        Port = port == 0 ? Port == 0 ? FreePort() : Port : port;
        var properties = new JObject { ["listenAddress"] = "127.0.0.1", ["port"] = Port };
        if (extraProperties is not null)
        {
            properties.Merge(extraProperties);
        }

        var sink = await FolderSink.OpenAsync(Inbox, "oftp2-receiver", StateStore.Inbox, CancellationToken.None);
        await StartReceiverAsync(properties, wrapSink is null ? sink : wrapSink(sink));
    }

    public async Task StartReceiverAsync(JObject properties, IMessageSink sink)
    {
        _receiving = new CancellationTokenSource();
        var runner = Runner;
        var token = _receiving.Token;
        _receiver = Task.Run(() => runner.ReceiveAsync("oftp2-receiver", properties, sink, token));
        await WaitUntilListening(Port, _receiver);
    }

    public async Task StopReceiverAsync()
    {
        if (_receiving is null || _receiver is null)
        {
            return;
        }

        await _receiving.CancelAsync();
        try
        {
            await _receiver.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (OperationCanceledException)
        {
        }

        _receiving.Dispose();
        _receiving = null;
        _receiver = null;
    }

    /// <summary>Stops everything and builds the site again from its folders, as a restarted process would.</summary>
    public async Task RestartAsync()
    {
        await StopReceiverAsync();
        await _services.DisposeAsync();
        _services = Build();
    }

    public async Task<SendReceipt> SendAsync(string partner, byte[] content, string fileName, JObject? extraProperties = null)
    {
        var properties = new JObject { ["connectionName"] = partner, ["fileName"] = fileName };
        if (extraProperties is not null)
        {
            properties.Merge(extraProperties);
        }

        using var payload = new MemoryStream(content);
        return await Runner.SendAsync("oftp2-sender", properties, new ConnectorMessage(payload, new MessageHeaders()), CancellationToken.None);
    }

    /// <summary>Files the flow received from <paramref name="partner"/>, by name.</summary>
    public IReadOnlyDictionary<string, byte[]> Delivered(string partner)
    {
        var folder = Path.Combine(Inbox, partner);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).ToDictionary(path => Path.GetFileName(path), File.ReadAllBytes)
            : new Dictionary<string, byte[]>();
    }

    public async ValueTask DisposeAsync()
    {
        await StopReceiverAsync();
        await _services.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddConnectors(c => c.UseFileOperations(Profiles, watch: false).UseSqliteState(State).AddOftp2());
        return services.BuildServiceProvider();
    }

    public void Reload() => Operations.Reload();

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static async Task WaitUntilListening(int port, Task receiver)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (receiver.IsCompleted)
            {
                await receiver; // surfaces why the receiver could not start
                throw new InvalidOperationException("the receiver stopped before it listened");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }
}
