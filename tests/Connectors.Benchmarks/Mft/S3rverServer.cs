using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Connectors.Mft.Tests.Endpoints.RemoteFixtures;

namespace Connectors.Benchmarks.Mft;

/// <summary>
/// s3rver on 127.0.0.1 and a port the system picks, started as the S3 tests start it (node, the copy that
/// build/test.sh installs into build/test-npm), with a data folder of its own and one bucket.
/// </summary>
internal sealed partial class S3rverServer : IAsyncDisposable
{
    public const string Bucket = "transfers";

    /// <summary>The key and secret s3rver accepts.</summary>
    public const string AccessKeyId = "S3RVER";

    public const string SecretAccessKey = "S3RVER";

    // Ends the server when its stdin (a pipe from this process) closes, so a benchmark that crashes leaves no server behind.
    private const string ExitWhenStdinCloses = "data:text/javascript,process.stdin.on('end',()=>process.exit(0));process.stdin.resume()";

    private readonly Process _process;
    private readonly string _dataFolder;

    private S3rverServer(Process process, string dataFolder, int port)
    {
        _process = process;
        _dataFolder = dataFolder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The folder s3rver keeps its objects in.</summary>
    public string DataFolder => _dataFolder;

    public static async Task<S3rverServer> StartAsync(string dataFolder)
    {
        var script = Path.Combine(RepositoryRoot.Find(), "build", "test-npm", "node_modules", ".bin", "s3rver");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"s3rver is not installed ({script} is missing); run build/test.sh once, which installs it into build/test-npm");
        }

        Directory.CreateDirectory(dataFolder);
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "--import", ExitWhenStdinCloses, script, "-d", dataFolder, "-a", "127.0.0.1", "-p", "0", "--configure-bucket", Bucket, "--silent" })
        {
            start.ArgumentList.Add(argument);
        }

        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new ConcurrentQueue<string>();
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) => Watch(line.Data, output, listening);
        process.ErrorDataReceived += (_, line) => Watch(line.Data, output, listening);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("s3rver exited: " + string.Join(Environment.NewLine, output)));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var port = await listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return new S3rverServer(process, dataFolder, port);
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the dying server; the temporary folder is cleaned by the system.
        }

        return ValueTask.CompletedTask;
    }

    private static void Watch(string? line, ConcurrentQueue<string> output, TaskCompletionSource<int> listening)
    {
        if (line is null)
        {
            return;
        }

        if (!listening.Task.IsCompleted)
        {
            output.Enqueue(line);
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"listening on [^:\s]+:(\d+)")]
    private static partial Regex ListeningLine();
}
