using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests;

public sealed class When_a_profile_is_broken
{
    private const string Secret = "Never-Print-Me-4711";

    public static TheoryData<string, string, string, string> Breakages => new()
    {
        { "missing field", $$"""{ "type": "sample", "host": "127.0.0.1", "password": "{{Secret}}" }""", "/user", "required" },
        { "wrong type", $$"""{ "type": "sample", "host": "127.0.0.1", "port": "four", "user": "u", "password": "{{Secret}}" }""", "/port", "type" },
        { "secret of the wrong type", """{ "type": "sample", "host": "127.0.0.1", "user": "u", "password": 4711 }""", "/password", "type" },
        { "unknown property", $$"""{ "type": "sample", "host": "127.0.0.1", "user": "u", "password": "{{Secret}}", "colour": "red" }""", "/colour", "additionalProperties" },
        { "unresolvable env: secret", """{ "type": "sample", "host": "127.0.0.1", "user": "u", "password": "env:CONNECTORS_HOST_TESTS_NEVER_SET" }""", "/password", "secret-reference" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task Validate_refuses_it_by_file_pointer_and_rule(string breakage, string json, string pointer, string rule)
    {
        using var workspace = new Workspace();
        workspace.WriteProfile("broken", json);
        workspace.WriteSampleProfile("fine", 4100, "u", "p");

        var result = await ConnectorsCommand.RunAsync(workspace.Args("profiles", "validate"));

        Assert.True(result.ExitCode == 3, $"{breakage}: validate should exit 3 on an error:{Environment.NewLine}{result.All}");
        Assert.True(result.Output.Contains($"error: broken.json#{pointer} [{rule}]", StringComparison.Ordinal), $"{breakage}: the finding should name file, pointer {pointer} and rule {rule}:{Environment.NewLine}{result.All}");
        Assert.True(result.Output.Contains("ok: fine.json", StringComparison.Ordinal), $"{breakage}: the valid profile should still pass:{Environment.NewLine}{result.All}");
        AssertNoSecret(breakage, result);
    }

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task List_shows_it_refused_with_its_findings(string breakage, string json, string pointer, string rule)
    {
        using var workspace = new Workspace();
        workspace.WriteProfile("broken", json);

        var result = await ConnectorsCommand.RunAsync(workspace.Args("profiles", "list"));

        Assert.True(result.ExitCode == 0, $"{breakage}: list should succeed:{Environment.NewLine}{result.All}");
        Assert.True(result.Output.Contains("Refused broken.json:", StringComparison.Ordinal), $"{breakage}: list should show the file as refused:{Environment.NewLine}{result.All}");
        Assert.True(result.Output.Contains($"broken.json#{pointer} [{rule}]", StringComparison.Ordinal), $"{breakage}: list should show the finding:{Environment.NewLine}{result.All}");
        AssertNoSecret(breakage, result);
    }

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task Sending_with_it_exits_3_with_each_finding_on_its_line(string breakage, string json, string pointer, string rule)
    {
        using var workspace = new Workspace();
        workspace.WriteProfile("broken", json);
        var file = workspace.WriteFile("payload.txt", "hello");

        var result = await ConnectorsCommand.RunAsync(workspace.Args("send", "sample-sender", "--file", file, "--property", "connectionName=broken"));

        Assert.True(result.ExitCode == 3, $"{breakage}: a refused profile is a configuration error (3):{Environment.NewLine}{result.All}");
        var line = result.Error.Split('\n').FirstOrDefault(l => l.Contains(pointer, StringComparison.Ordinal) && l.Contains($"[{rule}]", StringComparison.Ordinal));
        Assert.True(line is not null, $"{breakage}: the error should have a line with {pointer} [{rule}]:{Environment.NewLine}{result.All}");
        Assert.True(!result.Error.Contains("   at ", StringComparison.Ordinal), $"{breakage}: no stack trace without --verbose:{Environment.NewLine}{result.All}");
        AssertNoSecret(breakage, result);
    }

    private static void AssertNoSecret(string breakage, CliResult result)
    {
        Assert.True(!result.All.Contains(Secret, StringComparison.Ordinal), $"{breakage}: the password must never be printed:{Environment.NewLine}{result.All}");
        Assert.True(!result.All.Contains("4711", StringComparison.Ordinal), $"{breakage}: no part of the password may be printed:{Environment.NewLine}{result.All}");
    }
}
