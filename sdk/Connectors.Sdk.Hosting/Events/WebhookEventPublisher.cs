using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Channels;
using Connectors.Sdk.Events;
using Connectors.Sdk.Profiles;
using Microsoft.Extensions.Logging;

namespace Connectors.Sdk.Hosting.Events;

/// <summary>
/// Posts every event to every webhook profile as a CloudEvents 1.0 structured-mode request. Publishing
/// only queues the event: a background sender delivers it, retrying with back-off, so a slow or absent
/// receiver never slows the task that reported it. A receiver may see an event twice (a POST that
/// succeeded but whose answer was lost is sent again); the event's id is its duplicate key. A profile
/// with an origin is first asked for permission (<see cref="WebhookHandshake"/>) and then sent to at the
/// rate its receiver allows.
/// </summary>
public sealed partial class WebhookEventPublisher : IEventPublisher, IAsyncDisposable, IDisposable
{
    private readonly IOperationsStore _operations;
    private readonly WebhookDeliveryOptions _options;
    private readonly ILogger<WebhookEventPublisher> _logger;
    private readonly Channel<ConnectorEvent> _queue;
    private readonly WebhookClients _clients;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lazy<Task> _sender;

    // Kept by the one sending loop: the permissions receivers granted, and when each may get its next event.
    private readonly Dictionary<string, (WebhookProfile Profile, WebhookPermission Permission)> _permissions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTime> _nextDelivery = new(StringComparer.Ordinal);
    private int _disposed;

    public WebhookEventPublisher(IOperationsStore operations, WebhookDeliveryOptions options, ILogger<WebhookEventPublisher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _operations = operations;
        _options = options;
        _logger = logger;
        _queue = Channel.CreateBounded<ConnectorEvent>(new BoundedChannelOptions(options.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _clients = new WebhookClients(options.AttemptTimeout);

        // Started by the first event, so a command that publishes nothing runs no background work.
        _sender = new Lazy<Task>(() => Task.Run(SendAllAsync), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ValueTask PublishAsync(ConnectorEvent connectorEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connectorEvent);
        if (!Webhooks().Any())
        {
            return ValueTask.CompletedTask;
        }

        if (!_queue.Writer.TryWrite(connectorEvent))
        {
            LogDropped(connectorEvent.Type, connectorEvent.Id, _options.QueueCapacity);
            return ValueTask.CompletedTask;
        }

        _ = _sender.Value;
        return ValueTask.CompletedTask;
    }

    /// <summary>Stops taking events and gives the queued ones <see cref="WebhookDeliveryOptions.DrainTimeout"/> to go out.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_sender.IsValueCreated && Volatile.Read(ref _disposed) == 0)
        {
            try
            {
                await _sender.Value.WaitAsync(_options.DrainTimeout).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                LogNotDrained(_options.DrainTimeout.TotalSeconds);
            }
        }

        Dispose();
    }

    public void Dispose()
    {
        // The container may dispose it twice: as itself and as the IEventPublisher it also is.
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _queue.Writer.TryComplete();
        _stopping.Cancel();
        _clients.Dispose();
        _stopping.Dispose();
    }

    private IEnumerable<(string Name, WebhookProfile Profile)> Webhooks() =>
        _operations.List()
            .Where(entry => entry.Profile is WebhookProfile)
            .Select(entry => (entry.Name, (WebhookProfile)entry.Profile));

    private async Task SendAllAsync()
    {
        try
        {
            await foreach (var connectorEvent in _queue.Reader.ReadAllAsync(_stopping.Token).ConfigureAwait(false))
            {
                var body = CloudEventFormat.Serialize(connectorEvent, _options.Source);
                foreach (var (name, profile) in Webhooks().ToList())
                {
                    await DeliverAsync(name, profile, connectorEvent, body).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopped: what is still queued is lost with the process, as the drain timeout allowed.
        }
    }

    private async Task DeliverAsync(string name, WebhookProfile profile, ConnectorEvent connectorEvent, string body)
    {
        var pause = _options.FirstBackoff;
        for (var attempt = 1; attempt <= _options.MaxAttempts; attempt++)
        {
            string failure;
            try
            {
                var client = _clients.For(name, profile);
                if (profile.Origin is not null && await PermissionAsync(name, profile, client).ConfigureAwait(false) is { Granted: false } refused)
                {
                    LogNotAllowed(connectorEvent.Type, connectorEvent.Id, name, refused.Refusal!, profile.Origin);
                    return;
                }

                await KeepToRateAsync(name).ConfigureAwait(false);
                using var request = Request(profile, body);
                using var response = await client.SendAsync(request, _stopping.Token).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    LogDelivered(connectorEvent.Type, connectorEvent.Id, name, attempt);
                    return;
                }

                failure = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
                if (!Retryable(response.StatusCode))
                {
                    LogRefused(connectorEvent.Type, connectorEvent.Id, name, failure);
                    return;
                }
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // Whatever fails one delivery (a network error, a token that does not resolve) must not stop the sender.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failure = e.Message;
            }

            if (attempt == _options.MaxAttempts)
            {
                LogGaveUp(connectorEvent.Type, connectorEvent.Id, name, attempt, failure);
                return;
            }

            LogRetrying(connectorEvent.Type, connectorEvent.Id, name, attempt, failure, pause.TotalSeconds);
            await Task.Delay(pause, _stopping.Token).ConfigureAwait(false);
            var doubled = pause.TotalMilliseconds * 2 * (0.8 + (0.4 * Random.Shared.NextDouble()));
            pause = TimeSpan.FromMilliseconds(Math.Min(doubled, _options.LongestBackoff.TotalMilliseconds));
        }
    }

    /// <summary>The receiver's permission, asked once for each version of the profile; a refusal is asked again with the next event.</summary>
    private async Task<WebhookPermission> PermissionAsync(string name, WebhookProfile profile, HttpClient client)
    {
        if (_permissions.TryGetValue(name, out var known) && known.Profile == profile)
        {
            return known.Permission;
        }

        _permissions.Remove(name);
        var permission = await WebhookHandshake.AskAsync(client, profile, _stopping.Token).ConfigureAwait(false);
        if (permission.Granted)
        {
            _permissions[name] = (profile, permission);
            LogAllowed(name, profile.Origin!, permission.RequestsPerMinute?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any number of");
        }

        return permission;
    }

    private async Task KeepToRateAsync(string name)
    {
        var interval = _permissions.TryGetValue(name, out var known) ? known.Permission.Interval : TimeSpan.Zero;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        var now = DateTime.UtcNow;
        if (_nextDelivery.TryGetValue(name, out var next) && next > now)
        {
            await Task.Delay(next - now, _stopping.Token).ConfigureAwait(false);
            now = next;
        }

        _nextDelivery[name] = now + interval;
    }

    private static HttpRequestMessage Request(WebhookProfile profile, string body)
    {
        var request = WebhookRequests.Create(HttpMethod.Post, profile);
        request.Content = new StringContent(body, Encoding.UTF8);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(CloudEventFormat.MediaType) { CharSet = "utf-8" };

        if (profile.Origin is { } origin)
        {
            // What the receiver allowed in the handshake, so it can tell these requests are the ones it agreed to.
            request.Headers.Add("Origin", origin);
        }

        return request;
    }

    // A receiver that refuses the event itself (bad request, not authorised) will refuse it again.
    private static bool Retryable(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Event {Type} {Id} delivered to webhook {Webhook} (attempt {Attempt})")]
    private partial void LogDelivered(string type, string id, string webhook, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {Type} {Id} to webhook {Webhook} failed (attempt {Attempt}: {Failure}); trying again in {Seconds:0.0} s")]
    private partial void LogRetrying(string type, string id, string webhook, int attempt, string failure, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Event {Type} {Id} not delivered to webhook {Webhook} after {Attempts} attempts: {Failure}")]
    private partial void LogGaveUp(string type, string id, string webhook, int attempts, string failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "Event {Type} {Id} refused by webhook {Webhook}: {Failure}; not sent again")]
    private partial void LogRefused(string type, string id, string webhook, string failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "Event {Type} {Id} not sent to webhook {Webhook}: {Refusal}; configure the receiver to allow origin {Origin}, or leave origin out of the profile for a receiver without validation")]
    private partial void LogNotAllowed(string type, string id, string webhook, string refusal, string origin);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook {Webhook} allows events from {Origin}, {Rate} a minute")]
    private partial void LogAllowed(string webhook, string origin, string rate);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {Type} {Id} dropped: {Capacity} events are already waiting for the webhooks")]
    private partial void LogDropped(string type, string id, int capacity);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Events still queued for the webhooks after {Seconds} s are dropped at shutdown")]
    private partial void LogNotDrained(double seconds);
}
