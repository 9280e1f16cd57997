using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Connectors.Mft.Tests.Tasks.Fixtures;

/// <summary>The built <c>connectors</c> command run as a process of its own, so a test can kill it.</summary>
public sealed class ConnectorsProcess : IDisposable
{
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly Process _process;

    private ConnectorsProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Append(_output, e.Data);
        _process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static string Executable
    {
        get
        {
            var configuration = typeof(ConnectorsProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            return Path.Combine(RepositoryRoot(), "sdk", "Connectors.Host", "bin", configuration, "net10.0", "connectors.dll");
        }
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string All
    {
        get
        {
            lock (_error)
            {
                return $"exit {(_process.HasExited ? _process.ExitCode : "-")}{Environment.NewLine}{Output}{Environment.NewLine}{_error}";
            }
        }
    }

    public int ExitCode => _process.ExitCode;

    public static ConnectorsProcess Start(string workingFolder, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Executable);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("CONNECTORS_PLUGINS");
        return new ConnectorsProcess(Process.Start(start)!);
    }

    /// <summary>Runs the command to its end.</summary>
    public static async Task<ConnectorsProcess> RunAsync(string workingFolder, params string[] args)
    {
        var process = Start(workingFolder, args);
        await process.WaitAsync(TimeSpan.FromMinutes(2));
        return process;
    }

    public async Task WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit();
    }

    public bool HasExited => _process.HasExited;

    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.AppendLine(line);
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Connectors.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no Connectors.sln above {AppContext.BaseDirectory}");
    }
}
