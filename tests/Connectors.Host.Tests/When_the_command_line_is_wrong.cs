using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests;

public sealed class When_the_command_line_is_wrong
{
    [Theory]
    [InlineData]
    [InlineData("lsit")]
    [InlineData("send", "sample-sender")]
    [InlineData("schema")]
    [InlineData("schema", "sample-sender", "--write")]
    [InlineData("receive", "sample-receiver")]
    [InlineData("task")]
    [InlineData("list", "--no-such-option")]
    public async Task It_exits_2_with_the_problem_on_the_error_output(params string[] args)
    {
        using var workspace = new Workspace();

        var result = await ConnectorsCommand.RunAsync(workspace.Args(args));

        Assert.True(result.ExitCode == 2, $"'{string.Join(' ', args)}' is a usage error (2):{Environment.NewLine}{result.All}");
        Assert.True(result.Error.Length > 0, $"the problem should be written to the error output:{Environment.NewLine}{result.All}");
    }

    [Fact]
    public async Task A_property_without_a_value_exits_2_without_repeating_it()
    {
        using var workspace = new Workspace();
        var file = workspace.WriteFile("payload.txt", "hello");

        var result = await ConnectorsCommand.RunAsync(workspace.Args("send", "sample-sender", "--file", file, "--property", "Typed-Secret-6"));

        Assert.True(result.ExitCode == 2, $"a --property without '=' is a usage error (2):{Environment.NewLine}{result.All}");
        Assert.True(!result.All.Contains("Typed-Secret-6", StringComparison.Ordinal), $"the text could be a password and must not be repeated:{Environment.NewLine}{result.All}");
    }
}
