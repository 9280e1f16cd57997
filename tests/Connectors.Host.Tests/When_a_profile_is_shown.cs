using Connectors.Host.Tests.Fixtures;
using Newtonsoft.Json.Linq;

namespace Connectors.Host.Tests;

public sealed class When_a_profile_is_shown
{
    [Fact]
    public async Task A_literal_secret_shows_as_stars()
    {
        using var workspace = new Workspace();
        workspace.WriteSampleProfile("partner-a", 4100, "alice", "Literal-Secret-77");

        var result = await ConnectorsCommand.RunAsync(workspace.Args("profiles", "show", "partner-a"));

        Assert.True(result.ExitCode == 0, $"show should succeed:{Environment.NewLine}{result.All}");
        Assert.True(!result.All.Contains("Literal-Secret-77", StringComparison.Ordinal), $"the literal password must never be printed:{Environment.NewLine}{result.All}");
        var profile = JObject.Parse(result.Output);
        Assert.True((string?)profile["password"] == "***", $"the password should read ***:{Environment.NewLine}{result.Output}");
        Assert.True((string?)profile["type"] == "sample", $"the profile's type should be shown:{Environment.NewLine}{result.Output}");
        Assert.True((string?)profile["user"] == "alice", $"the user is no secret and should be shown:{Environment.NewLine}{result.Output}");
        Assert.True((int?)profile["network"]?["initialBackoffSeconds"] == 5, $"defaults should be filled in:{Environment.NewLine}{result.Output}");
    }

    [Fact]
    public async Task A_reference_shows_where_the_secret_is_kept_but_never_the_secret()
    {
        using var workspace = new Workspace();
        var variable = "CONNECTORS_HOST_TESTS_" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        Environment.SetEnvironmentVariable(variable, "Env-Secret-88");
        try
        {
            workspace.WriteSampleProfile("partner-b", 4100, "bob", $"env:{variable}");

            var result = await ConnectorsCommand.RunAsync(workspace.Args("profiles", "show", "partner-b"));

            Assert.True(result.ExitCode == 0, $"show should succeed:{Environment.NewLine}{result.All}");
            Assert.True(!result.All.Contains("Env-Secret-88", StringComparison.Ordinal), $"the resolved password must never be printed:{Environment.NewLine}{result.All}");
            Assert.True((string?)JObject.Parse(result.Output)["password"] == $"env:{variable}", $"the reference should be shown:{Environment.NewLine}{result.Output}");
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public async Task An_unknown_name_exits_3_and_lists_the_known_profiles()
    {
        using var workspace = new Workspace();
        workspace.WriteSampleProfile("partner-a", 4100, "alice", "p");

        var result = await ConnectorsCommand.RunAsync(workspace.Args("profiles", "show", "partner-z"));

        Assert.True(result.ExitCode == 3, $"an unknown profile is a configuration error (3):{Environment.NewLine}{result.All}");
        Assert.True(result.Error.Contains("partner-a", StringComparison.Ordinal), $"the error should list the known profiles:{Environment.NewLine}{result.All}");
    }
}
