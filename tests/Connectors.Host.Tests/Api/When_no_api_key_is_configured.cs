using System.Net;
using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests.Api;

public sealed class When_no_api_key_is_configured
{
    [Fact]
    public async Task Every_call_is_refused_with_a_message_that_says_how_to_add_a_key()
    {
        using var workspace = new Workspace();
        ServedApi.WriteTwoStepTask(workspace);
        await using var api = await ServedApi.StartAsync(workspace);

        var (refused, body) = await api.SendAsync(ServedApi.Authorized(HttpMethod.Post, "/api/tasks/Ops.TwoSteps/runs"));
        var (health, _) = await api.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/health"));

        Assert.True(refused.StatusCode == HttpStatusCode.Unauthorized, $"without a configured key every call should answer 401: {(int)refused.StatusCode} {body}");
        Assert.True(body.Contains("no API key is configured", StringComparison.Ordinal) && body.Contains("api-key", StringComparison.Ordinal), $"the 401 should say how to add a key profile: {body}");
        Assert.True(health.StatusCode == HttpStatusCode.OK, $"/health needs no key: {(int)health.StatusCode}");
    }
}
