using System.Net;
using System.Net.Sockets;

namespace Connectors.Host.Tests.Fixtures;

/// <summary>
/// A throw-away operations folder (profiles/, listeners/, tasks/), state folder and inbox, and the
/// global options that point the command at them and at the sample plug-in.
/// </summary>
public sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "connectors-host-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(ProfilesFolder);
        Directory.CreateDirectory(ListenersFolder);
        Directory.CreateDirectory(TasksFolder);
    }

    public string Root { get; }

    public string OperationsFolder => Path.Combine(Root, "operations");

    public string ProfilesFolder => Path.Combine(OperationsFolder, "profiles");

    public string ListenersFolder => Path.Combine(OperationsFolder, "listeners");

    public string TasksFolder => Path.Combine(OperationsFolder, "tasks");

    public string StateFolder => Path.Combine(Root, "state");

    public string InboxFolder => Path.Combine(Root, "inbox");

    /// <summary>Where the test project's build put the sample plug-in.</summary>
    public static string PluginsFolder => Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>The global options, followed by <paramref name="args"/>.</summary>
    public string[] Args(params string[] args) =>
        ["--operations", OperationsFolder, "--state", StateFolder, "--plugins", PluginsFolder, .. args];

    public string WriteProfile(string name, string json) => Write(ProfilesFolder, name, json);

    public string WriteListener(string name, string json) => Write(ListenersFolder, name, json);

    /// <summary>A valid sample profile; <paramref name="network"/> defaults to one attempt so failures are quick.</summary>
    public string WriteSampleProfile(string name, int port, string user, string password, string network = """{ "maxAttempts": 1, "connectTimeoutSeconds": 5, "responseTimeoutSeconds": 10 }""") =>
        WriteProfile(name, $$"""
            {
              "type": "sample",
              "host": "127.0.0.1",
              "port": {{port}},
              "user": "{{user}}",
              "password": "{{password}}",
              "network": {{network}}
            }
            """);

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, content);
        return path;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits until something accepts connections on <paramref name="port"/>.</summary>
    public static async Task WaitUntilListeningAsync(int port, RunningCli running, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            Assert.False(running.Completion.IsCompleted, $"the command ended before listening on {port}:{Environment.NewLine}{running.All}");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Assert.True(DateTime.UtcNow < deadline, $"nothing listened on {port} within {timeout.TotalSeconds} s:{Environment.NewLine}{running.All}");
                await Task.Delay(50);
            }
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a listener that is shutting down; the temp folder is cleaned later.
        }
    }

    private static string Write(string folder, string name, string json)
    {
        var path = Path.Combine(folder, name + ".json");
        File.WriteAllText(path, json);
        return path;
    }
}
