using Connectors.Host.Cli;
using Connectors.Sdk.Hosting.Registration;

namespace Connectors.Host.Tests.Fixtures;

/// <summary>Runs the <c>connectors</c> command in-process, as a user would type it.</summary>
public static class ConnectorsCommand
{
    public static async Task<CliResult> RunAsync(params string[] args) => await RunAsync(args, CancellationToken.None);

    public static async Task<CliResult> RunAsync(string[] args, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null, Action<ConnectorsBuilder>? connectors = null)
    {
        var run = Start(args, cancellationToken, environment, connectors);
        return await run.Completion;
    }

    /// <summary>Starts a command that runs until cancelled (receive, serve); its output can be read while it runs.</summary>
    public static RunningCli Start(string[] args, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null, Action<ConnectorsBuilder>? connectors = null)
    {
        var output = new ConsoleCapture();
        var error = new ConsoleCapture();
        var application = CliApplication.ForWriters(output, error, name => environment?.GetValueOrDefault(name), connectors);
        var completion = Task.Run(
            async () =>
            {
                var code = await application.RunAsync(args, cancellationToken);
                return new CliResult(code, output.Text, error.Text);
            },
            CancellationToken.None);
        return new RunningCli(output, error, completion);
    }
}

/// <summary>How a finished command ended.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Everything the command wrote, for messages of failed assertions.</summary>
    public string All => $"exit {ExitCode}{Environment.NewLine}--- out ---{Environment.NewLine}{Output}--- err ---{Environment.NewLine}{Error}";
}

/// <summary>A command still running.</summary>
public sealed record RunningCli(ConsoleCapture Output, ConsoleCapture Error, Task<CliResult> Completion)
{
    public string All => $"--- out ---{Environment.NewLine}{Output.Text}--- err ---{Environment.NewLine}{Error.Text}";

    /// <summary>Waits until the output or the error says <paramref name="text"/>; fails with everything written so far.</summary>
    public Task WaitForAsync(string text, TimeSpan timeout) =>
        WaitForLineAsync(line => line.Contains(text, StringComparison.Ordinal), $"'{text}'", timeout);

    /// <summary>Waits until a line of the output or the error matches; fails with everything written so far.</summary>
    public async Task WaitForLineAsync(Func<string, bool> matches, string what, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!$"{Output.Text}\n{Error.Text}".Split('\n').Any(matches))
        {
            Assert.False(Completion.IsCompleted, $"the command ended before it said {what}:{Environment.NewLine}{All}");
            Assert.True(DateTime.UtcNow < deadline, $"the command did not say {what} within {timeout.TotalSeconds} s:{Environment.NewLine}{All}");
            await Task.Delay(50);
        }
    }
}
