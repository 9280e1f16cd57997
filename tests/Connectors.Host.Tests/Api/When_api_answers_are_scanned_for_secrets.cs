using System.Net;
using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests.Api;

public sealed class When_api_answers_are_scanned_for_secrets
{
    private const string EndpointPassword = "Endpoint-Pass-77c1";
    private const string KeyPassphrase = "Pgp-Passphrase-9e0d";
    private const string WebhookToken = "Webhook-Token-31aa";

    [Fact]
    public async Task No_answer_carries_a_profile_secret_and_endpoints_and_keys_show_their_public_facts()
    {
        await using var receiver = await Events.WebhookReceiver.StartAsync();
        using var workspace = new Workspace();
        ServedApi.WriteKeyProfile(workspace);
        ServedApi.WriteTwoStepTask(workspace);
        workspace.WriteProfile("partner-sftp", $$"""{ "type": "mft-test", "host": "10.0.0.5", "password": "{{EndpointPassword}}", "description": "partner drop box" }""");
        var privateKeyFile = workspace.WriteFile("ours.sec.asc", "not read by the API");
        var publicKey = TestPgpPublicKey.Write(Path.Combine(workspace.Root, "ours.pub.asc"));
        workspace.WriteProfile("partner-key", $$"""{ "type": "pgp-key", "publicKeyFile": {{System.Text.Json.JsonSerializer.Serialize(publicKey.File)}}, "privateKeyFile": {{System.Text.Json.JsonSerializer.Serialize(privateKeyFile)}}, "passphrase": "{{KeyPassphrase}}", "description": "our signing key" }""");
        workspace.WriteProfile("events", $$"""{ "type": "webhook", "url": "{{receiver.Url}}", "bearerToken": "{{WebhookToken}}" }""");
        await using var api = await ServedApi.StartAsync(workspace, builder => builder.AddProfileType<TestEndpointProfile>());

        var answers = new List<(string Call, HttpResponseMessage Response, string Body)>();
        async Task Call(HttpMethod method, string path, bool authorized = true)
        {
            var request = authorized ? ServedApi.Authorized(method, path) : new HttpRequestMessage(method, path);
            var (response, body) = await api.SendAsync(request);
            answers.Add(($"{method} {path}{(authorized ? string.Empty : " without a key")}", response, body));
        }

        await Call(HttpMethod.Post, "/api/tasks/Ops.TwoSteps/runs");
        var runId = System.Text.Json.JsonDocument.Parse(answers[^1].Body).RootElement.GetProperty("runId").GetString()!;
        await api.WaitUntilEndedAsync(runId);
        await Call(HttpMethod.Get, $"/api/runs/{runId}");
        await Call(HttpMethod.Get, $"/api/runs/{runId}/log");
        await Call(HttpMethod.Get, $"/api/runs/{runId}/log?follow=true");
        await Call(HttpMethod.Get, "/api/tasks");
        await Call(HttpMethod.Get, "/api/endpoints");
        await Call(HttpMethod.Get, "/api/keys");
        await Call(HttpMethod.Get, "/api/runs/unknown-run");
        await Call(HttpMethod.Get, "/api/keys", authorized: false);

        foreach (var (call, response, body) in answers)
        {
            var everything = $"{response.Headers}{response.Content.Headers}{body}";
            foreach (var secret in new[] { EndpointPassword, KeyPassphrase, WebhookToken, ServedApi.Key })
            {
                Assert.True(!everything.Contains(secret, StringComparison.Ordinal), $"{call} must not answer a secret: {everything}");
            }
        }

        foreach (var secret in new[] { EndpointPassword, KeyPassphrase, WebhookToken, ServedApi.Key })
        {
            Assert.True(!api.Serving.All.Contains(secret, StringComparison.Ordinal), $"serve must not log a secret:{Environment.NewLine}{api.Serving.All}");
        }

        var keyList = answers.Single(a => a.Call == "GET /api/keys").Body;
        Assert.True(!keyList.Contains("ours.sec.asc", StringComparison.Ordinal), $"keys must not say where a private key is: {keyList}");
        var endpoints = answers.Single(a => a.Call == "GET /api/endpoints");
        Assert.True(endpoints.Response.StatusCode == HttpStatusCode.OK && endpoints.Body.Contains("\"partner-sftp\"", StringComparison.Ordinal) && endpoints.Body.Contains("\"mft-test\"", StringComparison.Ordinal) && endpoints.Body.Contains("partner drop box", StringComparison.Ordinal), $"endpoints should list the mft- profile with its type and description: {endpoints.Body}");
        Assert.True(!endpoints.Body.Contains("\"events\"", StringComparison.Ordinal) && !endpoints.Body.Contains("10.0.0.5", StringComparison.Ordinal), $"endpoints should list only mft- profiles and only their name, type and description: {endpoints.Body}");
        var keys = answers.Single(a => a.Call == "GET /api/keys");
        Assert.True(keys.Response.StatusCode == HttpStatusCode.OK && keys.Body.Contains("\"partner-key\"", StringComparison.Ordinal) && keys.Body.Contains("our signing key", StringComparison.Ordinal) && keys.Body.Contains(publicKey.KeyId, StringComparison.Ordinal) && keys.Body.Contains(publicKey.Fingerprint, StringComparison.Ordinal), $"keys should list the pgp-key profile with its description, key id {publicKey.KeyId} and fingerprint {publicKey.Fingerprint}: {keys.Body}{Environment.NewLine}{api.Serving.All}");
    }
}
