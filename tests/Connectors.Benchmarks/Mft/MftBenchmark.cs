using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Connectors.Benchmarks.Measuring;
using Connectors.Mft.Tests.Endpoints.Fixtures;
using Newtonsoft.Json.Linq;

namespace Connectors.Benchmarks.Mft;

/// <summary>
/// One large incompressible file to FTP (vsftpd), SFTP (OpenSSH's sshd) and S3 (s3rver), each started on
/// 127.0.0.1 as the MFT tests start them: first with the <c>curl</c> command line, then with an MFT task
/// (local folder → server, no compression, no encryption) run as a platform runs it, in a child process of
/// its own so its peak memory is that transfer's. Reports both times and the ratio of their throughputs.
/// </summary>
internal static class MftBenchmark
{
    public static readonly string[] AllTargets = ["ftp", "sftp", "s3"];

    private const string PayloadName = "payload.bin";

    /// <param name="s3ChecksOnlySize">Whether the S3 profile says its ETags are not MD5s, so the task verifies the size only, as curl does not verify at all.</param>
    public static async Task<int> RunAsync(long size, IReadOnlyList<string> targets, int runs, bool s3ChecksOnlySize = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        if (targets.FirstOrDefault(t => !AllTargets.Contains(t)) is { } unknown)
        {
            Console.Error.WriteLine($"unknown target '{unknown}'; the targets are {string.Join(", ", AllTargets)}");
            return 2;
        }

        var root = Path.Combine(Path.GetTempPath(), "mft-bench-" + Guid.NewGuid().ToString("N"));
        var secrets = Path.Combine(root, "secrets");
        Directory.CreateDirectory(secrets);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(secrets, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var failures = 0;
        try
        {
            var source = Path.Combine(root, "source");
            Directory.CreateDirectory(source);
            var payload = await WritePayloadAsync(Path.Combine(source, PayloadName), size);
            Console.WriteLine("| target | file | curl | curl throughput | MFT task | task throughput | task / curl | transfer step / curl | task peak memory | task steps |");
            Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
            foreach (var target in targets)
            {
                failures += await RunTargetAsync(target, root, secrets, source, payload, size, runs, s3ChecksOnlySize);
            }

            return failures == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<int> RunTargetAsync(string target, string root, string secrets, string source, string payload, long size, int runs, bool s3ChecksOnlySize)
    {
        var servers = Path.Combine(root, "servers-" + target);
        Directory.CreateDirectory(servers);
        var site = Path.Combine(root, "site-" + target);
        Directory.CreateDirectory(Path.Combine(site, "profiles"));
        Directory.CreateDirectory(Path.Combine(site, "tasks"));
        WriteJson(Path.Combine(site, "profiles", "bench-source.json"), new JObject { ["type"] = "mft-local", ["root"] = source });
        var network = new JObject { ["responseTimeoutSeconds"] = 600, ["maxAttempts"] = 1 };

        (List<CurlRun> Curl, List<TaskRun> Task) measured;
        switch (target)
        {
            case "ftp":
            {
                var password = WriteSecret(secrets, "account-password", TestAccount.Password);
                using var server = await VsftpdServer.StartAsync(servers, "plain", certificate: null, implicitTls: false);
                using var folder = new TestFolder();
                var config = WriteSecret(secrets, "curl-ftp.conf", $"user = \"{TestAccount.User}:{TestAccount.Password}\"\n");
                WriteJson(Path.Combine(site, "profiles", "bench-ftp.json"), new JObject
                {
                    ["type"] = "mft-ftp",
                    ["host"] = "127.0.0.1",
                    ["port"] = server.Port,
                    ["user"] = TestAccount.User,
                    ["password"] = "file:" + password,
                    ["security"] = "None",
                    ["root"] = folder.Path,
                    ["network"] = network,
                });
                measured = await MeasureAsync(
                    runs,
                    async () => Delivered(await RunCurlAsync(config, payload, [], $"ftp://127.0.0.1:{server.Port}/{Path.GetFileName(folder.Path)}/curl.bin"), folder.Local("curl.bin")),
                    async () => Delivered(await RunTaskAsync(site, "Benchmark.ToFtp", "bench-ftp"), folder.Local(PayloadName)));
                break;
            }

            case "sftp":
            {
                var password = WriteSecret(secrets, "account-password", TestAccount.Password);
                using var server = await SshdServer.StartAsync(servers);
                using var folder = new TestFolder();
                var config = WriteSecret(secrets, "curl-sftp.conf", $"user = \"{TestAccount.User}:{TestAccount.Password}\"\n");
                var pinned = server.HostKeyFingerprint.Replace("SHA256:", string.Empty, StringComparison.Ordinal);
                WriteJson(Path.Combine(site, "profiles", "bench-sftp.json"), new JObject
                {
                    ["type"] = "mft-sftp",
                    ["host"] = "127.0.0.1",
                    ["port"] = server.Port,
                    ["user"] = TestAccount.User,
                    ["password"] = "file:" + password,
                    ["hostKey"] = server.HostKeyFingerprint,
                    ["root"] = folder.Path,
                    ["network"] = network,
                });
                measured = await MeasureAsync(
                    runs,
                    async () => Delivered(await RunCurlAsync(config, payload, ["--hostpubsha256", pinned], $"sftp://127.0.0.1:{server.Port}{folder.Path}/curl.bin"), folder.Local("curl.bin")),
                    async () => Delivered(await RunTaskAsync(site, "Benchmark.ToSftp", "bench-sftp"), folder.Local(PayloadName)));
                break;
            }

            default:
            {
                var secret = WriteSecret(secrets, "s3-secret", S3rverServer.SecretAccessKey);
                await using var server = await S3rverServer.StartAsync(Path.Combine(servers, "s3rver"));
                var config = WriteSecret(secrets, "curl-s3.conf", $"user = \"{S3rverServer.AccessKeyId}:{S3rverServer.SecretAccessKey}\"\n");
                string[] signed = ["--aws-sigv4", "aws:amz:us-east-1:s3", "--header", "x-amz-content-sha256: UNSIGNED-PAYLOAD"];
                WriteJson(Path.Combine(site, "profiles", "bench-s3.json"), new JObject
                {
                    ["type"] = "mft-s3",
                    ["serviceUrl"] = $"http://127.0.0.1:{server.Port}",
                    ["region"] = "us-east-1",
                    ["bucket"] = S3rverServer.Bucket,
                    ["accessKeyId"] = S3rverServer.AccessKeyId,
                    ["secretAccessKey"] = "file:" + secret,
                    ["forcePathStyle"] = true,
                    ["etagsAreMd5"] = !s3ChecksOnlySize,
                    ["root"] = "task",
                    ["network"] = network,
                });
                measured = await MeasureAsync(
                    runs,
                    () => RunCurlAsync(config, payload, [.. signed, "--header", "Expect:"], $"http://127.0.0.1:{server.Port}/{S3rverServer.Bucket}/curl/curl.bin"),
                    () => RunTaskAsync(site, "Benchmark.ToS3", "bench-s3"));

                break;
            }
        }

        if (measured.Curl.FirstOrDefault(c => !c.Succeeded || c.Delivered != size) is { } failedCurl)
        {
            Console.Error.WriteLine($"{target}: curl did not deliver the file: exit code {failedCurl.ExitCode}, {failedCurl.Delivered} of {size} octets: {failedCurl.Error}");
            return 1;
        }

        if (measured.Task.FirstOrDefault(t => t.Failure is not null || t.Delivered != size) is { } failedTask)
        {
            Console.Error.WriteLine($"{target}: the task did not deliver the file: {failedTask.Failure ?? $"{failedTask.Delivered} of {size} octets"}");
            return 1;
        }

        var curl = Median(measured.Curl.Select(c => c.Seconds));
        var task = Median(measured.Task.Select(t => t.Seconds));
        var transfer = Median(measured.Task.Select(t => t.TransferSeconds));
        var steps = measured.Task[0].Steps.Select(step => string.Create(
            CultureInfo.InvariantCulture,
            $"{step.Name} {Median(measured.Task.Select(t => t.Steps.First(s => s.Name == step.Name).Seconds)):0.00} s"));
        var median = runs > 1 ? $" (median of {runs})" : string.Empty;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {Label(target)}{median} | {PeakMemory.Format(size)} | {curl:0.00} s | {size / curl / 1e6:0} MB/s | {task:0.00} s | {size / task / 1e6:0} MB/s | {curl / task * 100:0}% | {curl / transfer * 100:0}% | {PeakMemory.Format(measured.Task.Max(t => t.Peak))} | {string.Join(", ", steps)} |"));
        return 0;
    }

    /// <summary>Alternates curl and the task <paramref name="runs"/> times against the same server.</summary>
    private static async Task<(List<CurlRun> Curl, List<TaskRun> Task)> MeasureAsync(int runs, Func<Task<CurlRun>> curl, Func<Task<TaskRun>> task)
    {
        var curls = new List<CurlRun>();
        var tasks = new List<TaskRun>();
        for (var run = 0; run < runs; run++)
        {
            curls.Add(await curl());
            tasks.Add(await task());
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run + 1}: curl {curls[^1].Seconds:0.00} s, task {tasks[^1].Seconds:0.00} s ({tasks[^1].StepTimes})"));
        }

        return (curls, tasks);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Takes the size of what arrived from the server's folder, and removes it for the next run.</summary>
    private static CurlRun Delivered(CurlRun run, string path)
    {
        var delivered = LengthOf(path);
        File.Delete(path);
        return run with { Delivered = delivered };
    }

    /// <inheritdoc cref="Delivered(CurlRun, string)"/>
    private static TaskRun Delivered(TaskRun run, string path)
    {
        var delivered = LengthOf(path);
        File.Delete(path);
        return run with { Delivered = delivered };
    }

    private static string Label(string target) => target switch
    {
        "ftp" => "FTP, vsftpd",
        "sftp" => "SFTP, OpenSSH sshd",
        _ => "S3, s3rver",
    };

    /// <summary>
    /// Runs <c>curl</c> with the credentials in a config file (<c>-K</c>) only this user can read, so they
    /// are not on a command line that other users can list.
    /// </summary>
    private static async Task<CurlRun> RunCurlAsync(string config, string? payload, IReadOnlyList<string> options, string url)
    {
        var start = new ProcessStartInfo("curl") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var upload = payload is null ? [] : new[] { "--upload-file", payload };
        foreach (var argument in new[] { "--silent", "--show-error", "--fail", "--config", config, "--output", "/dev/null", "--write-out", "%{size_upload}" }.Concat(upload).Concat(options).Append(url))
        {
            start.ArgumentList.Add(argument);
        }

        FlushDisks();
        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("curl did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var uploaded = double.TryParse((await output).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var bytes) ? (long)bytes : -1;
        return new CurlRun(process.ExitCode == 0, process.ExitCode, seconds, uploaded, (await error).Trim());
    }

    private static async Task<TaskRun> RunTaskAsync(string site, string taskName, string destination)
    {
        WriteJson(Path.Combine(site, "tasks", taskName + ".json"), new JObject
        {
            ["connector"] = "mft-task",
            ["definition"] = new JObject
            {
                ["name"] = taskName,
                ["source"] = new JObject { ["endpoint"] = "bench-source", ["filter"] = PayloadName, ["waitMinutes"] = 0, ["keepSourceFiles"] = true },
                ["destination"] = new JObject { ["endpoint"] = destination },
            },
        });

        FlushDisks();
        using var child = ChildProcess.Start("mft-task-child", site, taskName);
        string? failure = null;
        double seconds = 0;
        long transferred = -1;
        var steps = new List<(string Name, double Seconds)>();
        long peak = 0;
        while (await child.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("DONE ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                seconds = double.Parse(parts[1], CultureInfo.InvariantCulture);
                transferred = long.Parse(parts[2], CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("STEP ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                steps.Add((parts[1], double.Parse(parts[2], CultureInfo.InvariantCulture)));
            }
            else if (line.StartsWith("FAILED ", StringComparison.Ordinal))
            {
                failure = line;
            }
            else if (line.StartsWith("PEAK ", StringComparison.Ordinal))
            {
                peak = long.Parse(line["PEAK ".Length..], CultureInfo.InvariantCulture);
            }
        }

        await child.WaitForExitAsync();
        if (child.ExitCode != 0 && failure is null)
        {
            failure = $"the task process ended with exit code {child.ExitCode}";
        }

        return new TaskRun(failure, seconds, transferred, steps, peak);
    }

    // Incompressible content, written once before any clock starts, and read by curl and the task alike.
    private static async Task<string> WritePayloadAsync(string path, long size)
    {
        var block = new byte[1 << 20];
        RandomNumberGenerator.Fill(block);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20, FileOptions.Asynchronous);
        for (long written = 0; written < size; written += block.Length)
        {
            await file.WriteAsync(block.AsMemory(0, (int)Math.Min(block.Length, size - written)));
        }

        return path;
    }

    private static string WriteSecret(string folder, string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return path;
    }

    private static void WriteJson(string path, JObject content) => File.WriteAllText(path, content.ToString());

    // What an earlier transfer left in the page cache is written out first, so it does not slow the next one.
    private static void FlushDisks() => Connectors.Mft.Tests.Endpoints.Fixtures.CommandLine.Require("sync");

    private static long LengthOf(string path) => File.Exists(path) ? new FileInfo(path).Length : -1;

    private sealed record CurlRun(bool Succeeded, int ExitCode, double Seconds, long Delivered, string Error);

    private sealed record TaskRun(string? Failure, double Seconds, long Delivered, IReadOnlyList<(string Name, double Seconds)> Steps, long Peak)
    {
        public double TransferSeconds => Steps.FirstOrDefault(s => s.Name == "transfer").Seconds;

        public string StepTimes => string.Join(", ", Steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.Seconds:0.00} s")));
    }
}
