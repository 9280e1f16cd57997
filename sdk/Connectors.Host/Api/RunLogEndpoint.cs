using System.Text.Json;
using Connectors.Sdk.State;
using Connectors.Sdk.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace Connectors.Host.Api;

/// <summary>
/// <c>GET /api/runs/{runId}/log?after=N[&amp;follow=true]</c>: a run's job log lines after sequence N, as
/// JSON; with <c>follow=true</c> as NDJSON (one JSON line per log line), streamed until the run ends.
/// </summary>
internal static class RunLogEndpoint
{
    public const string NdjsonMediaType = "application/x-ndjson";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    private static readonly byte[] LineEnd = "\n"u8.ToArray();

    public static void Map(RouteGroupBuilder api) => api.MapGet("/runs/{runId}/log", ReadAsync);

    private static async Task<IResult> ReadAsync(string runId, long? after, bool? follow, IStateStore state, IHostApplicationLifetime lifetime, CancellationToken cancellationToken)
    {
        if (after < 0)
        {
            return ApiProblems.BadRequest("?after= is a log line's sequence: 0 or more");
        }

        if (await state.Checkpoints.GetRunAsync(runId, cancellationToken).ConfigureAwait(false) is null)
        {
            return await RunEndpoints.UnknownRunAsync(state.Checkpoints, runId, cancellationToken).ConfigureAwait(false);
        }

        var from = after ?? 0;
        if (follow != true)
        {
            var lines = await LinesAfterAsync(state.JobLog, runId, from, cancellationToken).ConfigureAwait(false);
            return Results.Ok(new { runId, lines, last = lines.Count == 0 ? from : lines[^1].Sequence });
        }

        return Results.Stream(
            async body =>
            {
                // Ends with the client, with the run, or with the host.
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
                try
                {
                    await FollowAsync(state, runId, from, body, stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                }
            },
            NdjsonMediaType);
    }

    private static async Task FollowAsync(IStateStore state, string runId, long after, Stream body, CancellationToken cancellationToken)
    {
        while (true)
        {
            var run = await state.Checkpoints.GetRunAsync(runId, cancellationToken).ConfigureAwait(false);
            var ended = run?.State != TaskRunState.Running;

            // Lines are read after the state, so the last lines of a run that just ended are not missed.
            foreach (var line in await LinesAfterAsync(state.JobLog, runId, after, cancellationToken).ConfigureAwait(false))
            {
                await JsonSerializer.SerializeAsync(body, line, JsonSerializerOptions.Web, cancellationToken).ConfigureAwait(false);
                await body.WriteAsync(LineEnd, cancellationToken).ConfigureAwait(false);
                after = line.Sequence;
            }

            await body.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (ended)
            {
                return;
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<List<LogLineView>> LinesAfterAsync(IJobLog log, string runId, long after, CancellationToken cancellationToken) =>
        (await log.ReadAsync(runId, after, cancellationToken).ConfigureAwait(false))
            .Where(line => line.Sequence > after)
            .Select(line => LogLineView.From(line.Sequence, line.Entry))
            .ToList();
}
