using System.Diagnostics;
using System.Text.RegularExpressions;
using Connectors.Mft.Endpoints;
using Connectors.Mft.Endpoints.S3;
using Connectors.Mft.Profiles;
using Connectors.Sdk.Secrets;

namespace Connectors.Mft.Tests.Endpoints.RemoteFixtures;

/// <summary>
/// A real S3-compatible server for the tests: s3rver, run by node on 127.0.0.1 on a port the system
/// picks, with a temporary data folder and one bucket, <see cref="Bucket"/>. Installed by the README's
/// test command (build/test.sh) into build/test-npm.
/// </summary>
public sealed partial class S3rverProcess : IAsyncLifetime
{
    public const string Bucket = "transfers";

    /// <summary>The keys s3rver accepts.</summary>
    public const string AccessKeyId = "S3RVER";

    public const string SecretAccessKey = "S3RVER";

    private const string ExitWhenStdinCloses = "data:text/javascript,process.stdin.on('end',()=>process.exit(0));process.stdin.resume()";

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "s3rver-" + Guid.NewGuid().ToString("N"));
    private Process? _process;

    public Uri ServiceUrl { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var script = FindScript();
        Directory.CreateDirectory(_dataFolder);
        var start = new ProcessStartInfo("node")
        {
            // The server's stdin is a pipe from this process; ExitWhenStdinCloses ends the server when the
            // pipe closes, so a test run that crashes leaves no server behind.
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--import", ExitWhenStdinCloses, script, "-d", _dataFolder, "-a", "127.0.0.1", "-p", "0", "--configure-bucket", Bucket })
        {
            start.ArgumentList.Add(argument);
        }

        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, line) => Watch(line.Data, output, listening);
        _process.ErrorDataReceived += (_, line) => Watch(line.Data, output, listening);
        _process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("s3rver exited: " + string.Join(Environment.NewLine, output)));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var port = await listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
        ServiceUrl = new Uri($"http://127.0.0.1:{port}");
    }

    public S3EndpointProfile Profile(string root, string? bucket = null, string? accessKeyId = null, string? secretAccessKey = null) => new()
    {
        ServiceUrl = ServiceUrl.AbsoluteUri,
        Region = "us-east-1",
        Bucket = bucket ?? Bucket,
        AccessKeyId = accessKeyId ?? AccessKeyId,
        SecretAccessKey = SecretValue.Literal(secretAccessKey ?? SecretAccessKey),
        ForcePathStyle = true,
        Root = root,
        Network = new() { ConnectTimeoutSeconds = 5, ResponseTimeoutSeconds = 60 },
    };

    /// <summary>Opens an endpoint on a root of its own, so tests never see each other's files.</summary>
    public Task<IFileEndpoint> OpenFreshAsync() =>
        new S3EndpointOpener().OpenAsync("test-s3", Profile("tests/" + Guid.NewGuid().ToString("N")), CancellationToken.None);

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the dying server; the temp folder is cleaned by the system.
        }

        return Task.CompletedTask;
    }

    private static void Watch(string? line, System.Collections.Concurrent.ConcurrentQueue<string> output, TaskCompletionSource<int> listening)
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
            listening.TrySetResult(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static string FindScript()
    {
        var script = Path.Combine(RepositoryRoot.Find(), "build", "test-npm", "node_modules", ".bin", "s3rver");
        return File.Exists(script)
            ? script
            : throw new InvalidOperationException($"s3rver is not installed ({script} is missing); run the README's test command, build/test.sh, which installs it into build/test-npm");
    }

    [GeneratedRegex(@"listening on [^:\s]+:(\d+)")]
    private static partial Regex ListeningLine();
}
