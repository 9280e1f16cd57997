using System.Diagnostics;
using System.Globalization;
using Connectors.Benchmarks.Measuring;
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
        await using var site = new MftSite(root);
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

        // A host has its state store open before a task starts: opening it (and creating its tables in this
        // fresh folder) is not part of running the task.
        _ = await site.State.Checkpoints.ListRunsAsync(taskName, 1, CancellationToken.None);

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
}
