using System.Net;
using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests.Api;

public sealed class When_the_api_key_is_missing_or_wrong
{
    [Fact]
    public async Task The_call_is_refused_with_401_and_a_right_key_in_either_header_is_let_through()
    {
        using var workspace = new Workspace();
        ServedApi.WriteKeyProfile(workspace);
        await using var api = await ServedApi.StartAsync(workspace);

        var (missing, missingBody) = await api.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/tasks"));
        using var wrongRequest = new HttpRequestMessage(HttpMethod.Post, "/api/tasks/Ops.TwoSteps/runs");
        wrongRequest.Headers.Authorization = new("Bearer", ServedApi.Key + "x");
        var (wrong, wrongBody) = await api.SendAsync(wrongRequest);
        var headerRequest = new HttpRequestMessage(HttpMethod.Get, "/api/tasks");
        headerRequest.Headers.Add("X-Api-Key", ServedApi.Key);
        var (header, headerBody) = await api.SendAsync(headerRequest);
        var (bearer, bearerBody) = await api.SendAsync(ServedApi.Authorized(HttpMethod.Get, "/api/tasks"));

        Assert.True(missing.StatusCode == HttpStatusCode.Unauthorized, $"a call without a key should answer 401: {(int)missing.StatusCode} {missingBody}");
        Assert.True(missing.Content.Headers.ContentType?.MediaType == "application/problem+json", $"a 401 should be problem details: {missing.Content.Headers.ContentType}");
        Assert.True(missingBody.Contains("X-Api-Key", StringComparison.Ordinal), $"a 401 without a key should say how to send one: {missingBody}");
        Assert.True(missing.Headers.WwwAuthenticate.Any(h => h.Scheme == "Bearer"), "a 401 should name the Bearer scheme in WWW-Authenticate");
        Assert.True(wrong.StatusCode == HttpStatusCode.Unauthorized, $"a wrong key should answer 401: {(int)wrong.StatusCode} {wrongBody}");
        Assert.True(wrongBody.Contains("not one of the configured", StringComparison.Ordinal), $"a 401 for a wrong key should say the key is wrong: {wrongBody}");
        Assert.True(header.StatusCode == HttpStatusCode.OK, $"the key in X-Api-Key should be accepted: {(int)header.StatusCode} {headerBody}");
        Assert.True(bearer.StatusCode == HttpStatusCode.OK, $"the key as a Bearer token should be accepted: {(int)bearer.StatusCode} {bearerBody}");
    }
}
