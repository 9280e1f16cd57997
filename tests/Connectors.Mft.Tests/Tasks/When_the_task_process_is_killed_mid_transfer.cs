using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Connectors.Mft.Tests.Tasks.Fixtures;
using Newtonsoft.Json.Linq;

namespace Connectors.Mft.Tests.Tasks;

public sealed partial class When_the_task_process_is_killed_mid_transfer
{
    private const int Size = 64 * 1024 * 1024;

    [Fact]
    public async Task Task_restart_resumes_the_transfer_and_the_destination_is_byte_identical()
    {
        var root = Path.Combine(Path.GetTempPath(), "connectors-mft-kill", Guid.NewGuid().ToString("N")[..12]);
        var operations = Path.Combine(root, "operations");
        var source = Path.Combine(root, "source");
        var destination = Path.Combine(root, "destination");
        foreach (var folder in new[] { Path.Combine(operations, "profiles"), Path.Combine(operations, "tasks"), source, destination })
        {
            Directory.CreateDirectory(folder);
        }

        try
        {
            await File.WriteAllTextAsync(Path.Combine(operations, "profiles", "source.json"), new JObject { ["type"] = "mft-local", ["root"] = source }.ToString());
            await File.WriteAllTextAsync(Path.Combine(operations, "profiles", "destination.json"), new JObject { ["type"] = "mft-local", ["root"] = destination }.ToString());
            var definition = new JObject
            {
                ["name"] = "Ops.BigCopy",
                ["source"] = new JObject { ["endpoint"] = "source", ["filter"] = "*.bin", ["waitMinutes"] = 0 },
                ["destination"] = new JObject { ["endpoint"] = "destination", ["path"] = "in" },

                // 64 MiB at 16 MiB/s: about four seconds of transfer for the kill to land in.
                ["maxBytesPerSecond"] = 16 * 1024 * 1024,
            };
            await File.WriteAllTextAsync(Path.Combine(operations, "tasks", "Ops.BigCopy.json"), new JObject { ["connector"] = "mft-task", ["definition"] = definition }.ToString());
            var content = new byte[Size];
            Random.Shared.NextBytes(content);
            await File.WriteAllBytesAsync(Path.Combine(source, "big.bin"), content);
            var expectedHash = SHA256.HashData(content);
            string[] global = ["--operations", operations, "--state", Path.Combine(root, "state")];
            var temporary = Path.Combine(destination, "in", ".big.bin.part");

            long sizeAtKill;
            string runId;
            using (var first = ConnectorsProcess.Start(root, [.. global, "task", "run", "Ops.BigCopy"]))
            {
                var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
                while (!(File.Exists(temporary) && new FileInfo(temporary).Length > 8 * 1024 * 1024))
                {
                    Assert.True(!first.HasExited, $"the run should still be transferring when it is killed:{Environment.NewLine}{first.All}");
                    Assert.True(DateTime.UtcNow < deadline, $"the temporary file should grow within a minute:{Environment.NewLine}{first.All}");
                    await Task.Delay(50);
                }

                first.Kill();
                await first.WaitAsync(TimeSpan.FromSeconds(30));
                sizeAtKill = new FileInfo(temporary).Length;
                runId = RunId().Match(first.Output).Groups[1].Value;
                Assert.True(runId.Length > 0, $"task run should print the run id:{Environment.NewLine}{first.All}");
            }

            var sourceKept = File.Exists(Path.Combine(source, "big.bin"));
            var status = await ConnectorsProcess.RunAsync(root, [.. global, "task", "status", runId]);
            var restart = await ConnectorsProcess.RunAsync(root, [.. global, "task", "restart", runId]);
            var log = await ConnectorsProcess.RunAsync(root, [.. global, "task", "log", runId]);
            var arrived = Path.Combine(destination, "in", "big.bin");

            Assert.True(sizeAtKill < Size, $"the kill should land mid-transfer, but {sizeAtKill} of {Size} bytes were written");
            Assert.True(sourceKept, "the source file should still be there after the kill");
            Assert.True(status.Output.Contains("running", StringComparison.Ordinal), $"status should show the killed run as running:{Environment.NewLine}{status.All}");
            Assert.True(restart.ExitCode == 0, $"the restart should complete:{Environment.NewLine}{restart.All}");
            Assert.True(restart.Output.Contains($"run {runId} of Ops.BigCopy completed", StringComparison.Ordinal), $"the restart should complete the same run:{Environment.NewLine}{restart.All}");
            Assert.True(File.Exists(arrived) && SHA256.HashData(await File.ReadAllBytesAsync(arrived)).SequenceEqual(expectedHash), "the destination file should be byte-identical to the source");
            Assert.True(!File.Exists(temporary), "the temporary file should be gone");
            Assert.True(!File.Exists(Path.Combine(source, "big.bin")), "the source file should be removed once the destination is verified");
            var resumedAt = ResumedAt().Match(log.Output);
            Assert.True(resumedAt.Success && long.Parse(resumedAt.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) == sizeAtKill, $"the transfer should resume at the {sizeAtKill} bytes on disk at the kill:{Environment.NewLine}{log.All}");
            Assert.True(Count(log.Output, "[file-set] completed in an earlier attempt; skipped") == 1 && Count(log.Output, "[stage] completed in an earlier attempt; skipped") == 1, $"the restart should skip the file set and staging:{Environment.NewLine}{log.All}");
            Assert.True(Count(log.Output, "[stage] step started") == 1, $"staging should run once:{Environment.NewLine}{log.All}");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static int Count(string text, string line) => text.Split('\n').Count(l => l.Contains(line, StringComparison.Ordinal));

    [GeneratedRegex(@"run (\S+) of Ops\.BigCopy started")]
    private static partial Regex RunId();

    [GeneratedRegex(@"\[transfer\] resuming at byte (\d+) ")]
    private static partial Regex ResumedAt();
}
