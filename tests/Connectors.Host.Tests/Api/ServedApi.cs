using System.Net.Http.Headers;
using System.Text.Json;
using Connectors.Host.Tests.Fixtures;
using Connectors.Sdk.Hosting.Registration;

namespace Connectors.Host.Tests.Api;

/// <summary>
/// <c>connectors serve</c> on 127.0.0.1 and a free port, with the two-step task registered, and an HTTP
/// client for its API. Stopping it waits for the command to end.
/// </summary>
public sealed class ServedApi : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public const string Key = "Api-Key-For-Tests-5b1f0c";

    private readonly CancellationTokenSource _stop;

    private ServedApi(RunningCli serving, CancellationTokenSource stop, int port)
    {
        Serving = serving;
        _stop = stop;
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = Patience };
    }

    public RunningCli Serving { get; }

    /// <summary>A client that sends no key; <see cref="Authorized"/> adds one.</summary>
    public HttpClient Client { get; }

    public static async Task<ServedApi> StartAsync(Workspace workspace, Action<ConnectorsBuilder>? connectors = null)
    {
        var port = Workspace.FreePort();
        var stop = new CancellationTokenSource();
        var serving = ConnectorsCommand.Start(
            workspace.Args("serve", "--urls", $"http://127.0.0.1:{port}"),
            stop.Token,
            connectors: builder =>
            {
                builder.AddTask<TwoStepTask, TwoStepDefinition>();
                connectors?.Invoke(builder);
            });
        await Workspace.WaitUntilListeningAsync(port, serving, Patience);
        return new ServedApi(serving, stop, port);
    }

    /// <summary>Writes the api-key profile the tests' calls use.</summary>
    public static void WriteKeyProfile(Workspace workspace) =>
        workspace.WriteProfile("test-client", $$"""{ "type": "api-key", "key": "{{Key}}", "description": "the tests' client" }""");

    /// <summary>Writes the two-step task; its transfer step fails while the returned marker file exists.</summary>
    public static string WriteTwoStepTask(Workspace workspace, string name = "Ops.TwoSteps")
    {
        var marker = workspace.WriteFile($"{name}.marker", "present");
        File.WriteAllText(
            Path.Combine(workspace.TasksFolder, name + ".json"),
            $$"""{ "connector": "two-step-task", "definition": { "marker": {{JsonSerializer.Serialize(marker)}}, "label": "first" } }""");
        return marker;
    }

    public static HttpRequestMessage Authorized(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return request;
    }

    public async Task<(HttpResponseMessage Response, string Body)> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            var response = await Client.SendAsync(request);
            return (response, await response.Content.ReadAsStringAsync());
        }
    }

    /// <summary>Polls the run's status until it is no longer running.</summary>
    public async Task<JsonElement> WaitUntilEndedAsync(string runId)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var (response, body) = await SendAsync(Authorized(HttpMethod.Get, $"/api/runs/{runId}"));
            Assert.True(response.IsSuccessStatusCode, $"the run's status should be readable: {(int)response.StatusCode} {body}{Environment.NewLine}{Serving.All}");
            var status = JsonDocument.Parse(body).RootElement.Clone();
            if (status.GetProperty("state").GetString() != "running")
            {
                return status;
            }

            Assert.True(DateTime.UtcNow < deadline, $"the run did not end within {Patience.TotalSeconds} s: {body}{Environment.NewLine}{Serving.All}");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _stop.CancelAsync();
        try
        {
            await Serving.Completion.WaitAsync(Patience);
        }
        finally
        {
            _stop.Dispose();
        }
    }
}
