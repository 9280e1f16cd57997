using System.CommandLine;
using Connectors.Host.Cli;
using Connectors.Host.Tests.Fixtures;

namespace Connectors.Host.Tests;

public sealed class When_help_is_asked
{
    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        void Visit(Command command, string path)
        {
            data.Add(path);
            foreach (var child in command.Subcommands)
            {
                Visit(child, (path + " " + child.Name).Trim());
            }
        }

        Visit(CliApplication.ForWriters(TextWriter.Null, TextWriter.Null).BuildRootCommand(), string.Empty);
        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_command_describes_itself_and_exits_0(string command)
    {
        var path = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var expected = Find(path);

        var result = await ConnectorsCommand.RunAsync([.. path, "--help"]);

        Assert.True(result.ExitCode == 0, $"'{command} --help' should exit 0:{Environment.NewLine}{result.All}");
        Assert.True(result.Output.Contains("Usage:", StringComparison.Ordinal), $"'{command} --help' should show the usage:{Environment.NewLine}{result.All}");
        Assert.True(!string.IsNullOrWhiteSpace(expected.Description), $"'{command}' should have a description");
        Assert.True(result.Output.Contains(expected.Description![..40], StringComparison.Ordinal), $"'{command} --help' should show its description:{Environment.NewLine}{result.All}");
        foreach (var option in expected.Options.Where(o => !o.Hidden))
        {
            Assert.True(!string.IsNullOrWhiteSpace(option.Description), $"option {option.Name} of '{command}' should have a description");
        }
    }

    private static Command Find(string[] path)
    {
        Command command = CliApplication.ForWriters(TextWriter.Null, TextWriter.Null).BuildRootCommand();
        foreach (var name in path)
        {
            command = command.Subcommands.Single(c => c.Name == name);
        }

        return command;
    }
}
