using System.Diagnostics;
using System.Reflection;
using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests;

public sealed class When_the_built_executable_runs
{
    [Fact]
    public async Task Dotnet_connectors_dll_lists_the_plugin_connectors()
    {
        var configuration = typeof(When_the_built_executable_runs).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var executable = Path.Combine(RepositoryRoot.Path, "sdk", "Connectors.Host", "bin", configuration, "net10.0", "connectors.dll");
        Assert.True(File.Exists(executable), $"the host should have been built to {executable}");
        using var workspace = new Workspace();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workspace.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { executable, "list" })
        {
            start.ArgumentList.Add(arg);
        }

        // The folder comes from the environment, as on a host set up once.
        start.Environment["CONNECTORS_PLUGINS"] = Workspace.PluginsFolder;
        start.Environment.Remove("CONNECTORS_OPERATIONS");
        start.Environment.Remove("CONNECTORS_STATE");

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        var all = $"exit {process.ExitCode}{Environment.NewLine}{await output}{Environment.NewLine}{await error}";

        Assert.True(process.ExitCode == 0, $"'dotnet connectors.dll list' should exit 0:{Environment.NewLine}{all}");
        Assert.True((await output).Contains("sample-sender", StringComparison.Ordinal), $"it should list the plug-in's sender:{Environment.NewLine}{all}");
        Assert.True(!Directory.Exists(Path.Combine(workspace.Root, ".state")), "listing connectors should leave no state folder behind");
    }
}
