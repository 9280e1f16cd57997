using System.Collections.Concurrent;
using Connectors.Host.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Connectors.Host.Tests.Events;

/// <summary>
/// A webhook on 127.0.0.1 that records every POST it gets; it answers 503 to the first
/// <c>failFirst</c> POSTs, as a receiver that is briefly down would. Given <c>allowOrigin</c>, it answers the
/// CloudEvents validation request (OPTIONS) allowing that origin (and <c>allowRate</c>); without, OPTIONS
/// gets the 405 of a server that has no such route.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _posts;

    private WebhookReceiver(WebApplication app, int port)
    {
        _app = app;
        Url = $"http://127.0.0.1:{port}/events";
    }

    public string Url { get; }

    /// <summary>POSTs answered with success, in arrival order.</summary>
    public ConcurrentQueue<ReceivedPost> Received { get; } = new();

    /// <summary>The <c>WebHook-Request-Origin</c> of every validation request, in arrival order.</summary>
    public ConcurrentQueue<string> Validations { get; } = new();

    /// <summary>Every POST, refused ones included.</summary>
    public int Posts => Volatile.Read(ref _posts);

    public static async Task<WebhookReceiver> StartAsync(int failFirst = 0, string? allowOrigin = null, string? allowRate = null)
    {
        var port = Workspace.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, port);
        app.MapPost("/events", async (HttpRequest request) =>
        {
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            if (Interlocked.Increment(ref receiver._posts) <= failFirst)
            {
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }

            receiver.Received.Enqueue(new ReceivedPost(request.ContentType, request.Headers.Authorization.ToString(), body, request.Headers.Origin.ToString(), DateTime.UtcNow));
            return Results.Ok();
        });
        if (allowOrigin is not null)
        {
            app.MapMethods("/events", [HttpMethods.Options], (HttpRequest request, HttpResponse response) =>
            {
                receiver.Validations.Enqueue($"{request.Headers["WebHook-Request-Origin"]} {request.Headers.Authorization}".Trim());
                response.Headers["WebHook-Allowed-Origin"] = allowOrigin;
                if (allowRate is not null)
                {
                    response.Headers["WebHook-Allowed-Rate"] = allowRate;
                }

                response.Headers.Allow = "POST";
                return Results.Ok();
            });
        }

        await app.StartAsync();
        return receiver;
    }

    /// <summary>Waits until <paramref name="count"/> events arrived; fails with what did.</summary>
    public async Task WaitForAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Received.Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the webhook got {Received.Count} of {count} events within {timeout.TotalSeconds} s ({Posts} POSTs):{Environment.NewLine}{string.Join(Environment.NewLine, Received.Select(r => r.Body))}");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedPost(string? ContentType, string Authorization, string Body, string Origin, DateTime ArrivedAt);
