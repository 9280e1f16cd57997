using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Running;
using Connectors.Sdk.Hosting.Sinks;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Connectors.Host.Serving;

/// <summary>
/// Runs one listener of <c>serve</c>: its receiver with a folder sink over the inbox. A listener that
/// fails is logged with its file name and never stops the others. One that failed for a reason that
/// can pass (a network down) starts again after a growing pause; one that failed on its configuration
/// (a profile not there yet) starts again when the profiles change.
/// </summary>
internal sealed partial class ListenerService : BackgroundService
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(5);

    private readonly ListenerFile _listener;
    private readonly ConnectorRunner _runner;
    private readonly IStateStore _state;
    private readonly IOperationsStore _operations;
    private readonly ILogger<ListenerService> _logger;
    private TaskCompletionSource _profilesChanged = NewSignal();

    public ListenerService(ListenerFile listener, ConnectorRunner runner, IStateStore state, IOperationsStore operations, ILogger<ListenerService> logger)
    {
        _listener = listener;
        _runner = runner;
        _state = state;
        _operations = operations;
        _logger = logger;
        _operations.Changed += OnProfilesChanged;
    }

    public override void Dispose()
    {
        _operations.Changed -= OnProfilesChanged;
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Start-up of the other listeners and of the host must not wait for this one.
        await Task.Yield();
        var pause = FirstPause;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken before starting, so a change made while the start fails is not missed.
            var profilesChanged = Volatile.Read(ref _profilesChanged).Task;
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
                if (stoppingToken.IsCancellationRequested)
                {
                    break;
                }

                LogEndedEarly(_listener.Source, _listener.Connector, pause.TotalSeconds);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (ConnectorException e) when (e.Kind == ConnectorErrorKind.Configuration)
            {
                LogWaitingForProfiles(_listener.Source, _listener.Connector, e.Message);
                if (!await WaitAsync(profilesChanged, stoppingToken).ConfigureAwait(false))
                {
                    break;
                }

                pause = FirstPause;
                continue;
            }
            catch (Exception e)
            {
                LogFailed(_listener.Source, _listener.Connector, e.Message, pause.TotalSeconds);
            }

            if (!await WaitAsync(Task.Delay(pause, stoppingToken), stoppingToken).ConfigureAwait(false))
            {
                break;
            }

            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
        }

        LogStopped(_listener.Source);
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        // Properties are checked before the sink is opened, so a mistyped listener creates no folder.
        _runner.BindProperties(_listener.Connector, _listener.Properties);
        var sink = await FolderSink.OpenAsync(_listener.DeliverTo, _listener.Connector, _state.Inbox, stoppingToken).ConfigureAwait(false);
        var reporting = new ReportingSink(sink, (headers, result) => LogMessage(_listener.Source, ReportingSink.Describe(headers, result)));
        LogStarted(_listener.Source, _listener.Connector, _listener.DeliverTo);
        await _runner.ReceiveAsync(_listener.Connector, _listener.Properties, reporting, stoppingToken).ConfigureAwait(false);
    }

    private static async Task<bool> WaitAsync(Task signal, CancellationToken stoppingToken)
    {
        try
        {
            await signal.WaitAsync(stoppingToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private void OnProfilesChanged(object? sender, EventArgs e) =>
        Interlocked.Exchange(ref _profilesChanged, NewSignal()).TrySetResult();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listener {Source}: {Connector} starting, delivering to {Folder}")]
    private partial void LogStarted(string source, string connector, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listener {Source}: {Description}")]
    private partial void LogMessage(string source, string description);

    [LoggerMessage(Level = LogLevel.Error, Message = "Listener {Source}: {Connector} cannot start, and starts again when the profiles change: {Reason}")]
    private partial void LogWaitingForProfiles(string source, string connector, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Listener {Source}: {Connector} failed, and starts again in {Seconds} s: {Reason}")]
    private partial void LogFailed(string source, string connector, string reason, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listener {Source}: {Connector} stopped by itself; starting it again in {Seconds} s")]
    private partial void LogEndedEarly(string source, string connector, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listener {Source} stopped")]
    private partial void LogStopped(string source);
}
