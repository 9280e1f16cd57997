using System.Diagnostics;
using System.Globalization;
using Connectors.Benchmarks.Measuring;
using Connectors.Mft;
using Connectors.Sdk.State;
using Connectors.Sdk.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Connectors.Benchmarks.Mft;

/// <summary>
/// Runs one MFT task from an operations folder in a process of its own, as the <c>connectors task run</c>
/// command does: the run recorded with its definition frozen, then <c>RunTaskAsync</c> with a
/// <see cref="TaskRunContext"/> on the SQLite state, then the run's end recorded. It prints the time, each
/// step's time and, last, the process's peak resident memory.
/// </summary>
internal static class MftTaskChild
{
    public static async Task<int> RunAsync(string root, string taskName)
    {
        await using var site = new HostedSite(root, c => c.AddMft());
        var task = JObject.Parse(await File.ReadAllTextAsync(Path.Combine(site.Tasks, taskName + ".json")));
        var connector = (string)task["connector"]!;
        var definition = (JObject)task["definition"]!;
        var run = new TaskRunRecord
        {
            RunId = string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId:x6}"),
            TaskName = taskName,
            DefinitionJson = definition.ToString(Formatting.None),
            State = TaskRunState.Running,
            StartedAt = DateTimeOffset.UtcNow,
        };

        // A host runs tasks all day: its state store is open and the task's code has run before. One run of
        // the same task on a 1 KiB file brings this fresh process there, so the clock measures the transfer.
        await WarmUpAsync(site, connector, definition, taskName);

        var started = Stopwatch.GetTimestamp();
        await site.State.Checkpoints.CreateRunAsync(run, CancellationToken.None);
        var context = new TaskRunContext(run.TaskName, run.RunId, site.State.Checkpoints, site.State.JobLog);
        var result = await site.Runner.RunTaskAsync(connector, JObject.Parse(run.DefinitionJson), context, CancellationToken.None);
        await site.State.Checkpoints.UpdateRunAsync(
            run with { State = result.State, FailedStep = result.FailedStep, Error = result.Error, EndedAt = DateTimeOffset.UtcNow },
            CancellationToken.None);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        if (result.State != TaskRunState.Completed)
        {
            Console.WriteLine($"FAILED step {result.FailedStep}: {result.Error}");
            Console.WriteLine($"PEAK {PeakMemory.OfThisProcess()}");
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"DONE {seconds:R} {result.BytesTransferred}"));
        foreach (var step in (await site.State.Checkpoints.GetStepsAsync(run.RunId, CancellationToken.None)).OrderBy(s => s.Index))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"STEP {step.Step} {((step.EndedAt ?? step.StartedAt) - step.StartedAt).TotalSeconds:R}"));
        }

        Console.WriteLine($"PEAK {PeakMemory.OfThisProcess()}");
        return 0;
    }

    private static async Task WarmUpAsync(HostedSite site, string connector, JObject definition, string taskName)
    {
        var sourceProfile = JObject.Parse(await File.ReadAllTextAsync(Path.Combine(site.Profiles, (string)definition["source"]!["endpoint"]! + ".json")));
        var warmUpFile = Path.Combine((string)sourceProfile["root"]!, "WARMUP.BIN");
        await File.WriteAllBytesAsync(warmUpFile, new byte[1024]);
        var warmUp = (JObject)definition.DeepClone();
        warmUp["source"]!["filter"] = "WARMUP.BIN";
        var run = new TaskRunRecord
        {
            RunId = "warm-up-" + Environment.ProcessId.ToString("x6", CultureInfo.InvariantCulture),
            TaskName = taskName,
            DefinitionJson = warmUp.ToString(Formatting.None),
            StartedAt = DateTimeOffset.UtcNow,
        };
        await site.State.Checkpoints.CreateRunAsync(run, CancellationToken.None);
        var context = new TaskRunContext(taskName, run.RunId, site.State.Checkpoints, site.State.JobLog);

        // A server still busy with the previous gigabyte gets a few seconds; the warm-up only shortens the
        // timed run, so its failure never stops the benchmark.
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var result = await site.Runner.RunTaskAsync(connector, warmUp, context, CancellationToken.None);
            if (result.State == TaskRunState.Completed)
            {
                break;
            }

            await Console.Error.WriteLineAsync($"warm-up attempt {attempt} failed at {result.FailedStep}: {result.Error}");
            await Task.Delay(TimeSpan.FromSeconds(3));
        }

        File.Delete(warmUpFile);
    }
}
