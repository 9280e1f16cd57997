using Connectors.Host.Api;
using Connectors.Host.Cli;
using Connectors.Mft.Endpoints;
using Connectors.Sdk.Errors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Connectors.Host.Serving;

/// <summary>
/// Runs one trigger of <c>serve</c>: polls its endpoint's folder and starts its task when matching files
/// have arrived, one run at a time. The task picks its own file set; the trigger only says when. Which
/// files were handled is kept in the state folder (<see cref="HandledFilesRecord"/>) once their run ended,
/// so a restart of <c>serve</c> does not start the task again for files still there.
/// </summary>
internal sealed partial class TriggerService(TriggerFile trigger, HostSettings settings, IServiceProvider services, TaskRunLauncher launcher, ILogger<TriggerService> logger) : BackgroundService
{
    private readonly HandledFilesRecord _record = HandledFilesRecord.For(settings.StateFolder, trigger.Source);
    private NewFileDetector _detector = null!;
    private int _recorded;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var endpoints = services.GetService<IFileEndpointFactory>();
        if (endpoints is null)
        {
            LogNoEndpoints(trigger.Source);
            return;
        }

        var handledBefore = _record.Load();
        _recorded = handledBefore.Count;
        _detector = new NewFileDetector(handledBefore);
        var filter = new FileFilter(trigger.Filter);
        LogStarted(trigger.Source, trigger.Task, trigger.Endpoint, trigger.Path, trigger.Filter, trigger.Poll.TotalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollAsync(endpoints, filter, stoppingToken).ConfigureAwait(false);
                await Task.Delay(trigger.Poll, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (ConnectorException e)
            {
                // An endpoint down or a profile not there yet: the next poll tries again.
                LogPollFailed(trigger.Source, e.Message, trigger.Poll.TotalSeconds);
                await Task.Delay(trigger.Poll, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task PollAsync(IFileEndpointFactory endpoints, FileFilter filter, CancellationToken stoppingToken)
    {
        IReadOnlyList<RemoteFile> listed;
        var endpoint = await endpoints.OpenAsync(trigger.Endpoint, stoppingToken).ConfigureAwait(false);
        await using (endpoint.ConfigureAwait(false))
        {
            listed = await endpoint.ListAsync(trigger.Path, filter, stoppingToken).ConfigureAwait(false);
        }

        var ready = _detector.Observe(listed);
        if (ready.Count == 0)
        {
            // Files handled and since gone are forgotten, so one that comes back counts again after a restart too.
            if (_detector.HandledFiles.Count != _recorded)
            {
                Record();
            }

            return;
        }

        var task = TaskFile.Load(settings, trigger.Task);
        var run = await TaskRuns.StartAsync(services, task, stoppingToken).ConfigureAwait(false);
        _detector.Handled(ready);
        LogRunStarted(trigger.Source, run.RunId, task.Name, ready.Count, string.Join(", ", ready.Take(5).Select(file => file.Name)));

        // One run at a time: files arriving meanwhile start the next run once this one ended. The files are
        // recorded as handled once it ended: should serve stop during the run, they start the task again.
        await launcher.Launch(run, task.Connector, restart: false).WaitAsync(stoppingToken).ConfigureAwait(false);
        if (Record())
        {
            LogRecorded(trigger.Source, run.RunId, ready.Count);
        }
    }

    private bool Record()
    {
        try
        {
            _record.Save(_detector.HandledFiles);
            _recorded = _detector.HandledFiles.Count;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not fatal: the worst is one more start of the task for these files after a restart.
            LogRecordFailed(trigger.Source, e.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Trigger {Source}: watching {Endpoint}:/{Path} for {Filter} every {Seconds} s to start {Task}")]
    private partial void LogStarted(string source, string task, string endpoint, string path, string filter, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Trigger {Source}: started run {RunId} of {Task} for {Count} new files ({Files})")]
    private partial void LogRunStarted(string source, string runId, string task, int count, string files);

    [LoggerMessage(Level = LogLevel.Information, Message = "Trigger {Source}: run {RunId} ended; its {Count} files are recorded as handled")]
    private partial void LogRecorded(string source, string runId, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trigger {Source}: cannot record the files handled, so a restart may start the task for them again: {Reason}")]
    private partial void LogRecordFailed(string source, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Trigger {Source}: cannot poll, trying again in {Seconds} s: {Reason}")]
    private partial void LogPollFailed(string source, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Trigger {Source} not started: no file endpoint types are registered in this host")]
    private partial void LogNoEndpoints(string source);
}
