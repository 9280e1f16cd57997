using System.CommandLine;
using System.Globalization;
using Connectors.Host.Cli;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Testing;

namespace Connectors.Host.Commands;

/// <summary><c>connectors profiles test</c>: tries a profile stage by stage and says which keys to fix.</summary>
internal static class ProfilesTestCommand
{
    public static Command Create(CliApplication application)
    {
        var name = new Argument<string>("name") { Description = "Name of the profile to test." };
        var command = new Command("test", "Test a profile's connection: resolve, connect, TLS, authenticate, session — each with its time, and on failure the keys to fix.")
        {
            name,
        };
        application.SetAction(command, async (context, cancellationToken) =>
        {
            var entry = Profiles.Entry(context, context.GetValue(name));
            var result = await context.Runner.TestProfileAsync(entry.Name, entry.Type, cancellationToken).ConfigureAwait(false)
                ?? throw new ConnectorException(ConnectorErrorKind.Configuration, $"no registered connector can test profiles of type '{entry.Type}'");

            var table = Tables.Create("Stage", "Result", "Time", "Detail");
            foreach (var stage in result.Stages)
            {
                table.AddTextRow(
                    stage.Name.ToString().ToLowerInvariant(),
                    stage.Outcome.ToString().ToLowerInvariant(),
                    stage.Outcome == ConnectionTestOutcome.Skipped ? "-" : Milliseconds(stage.Duration),
                    stage.Detail);
            }

            context.Console.Write(table);

            // A connection that works today can still break on a certificate about to expire: say so here too.
            foreach (var warning in Profiles.Store(context).Warnings.Where(w => w.Source == entry.Source))
            {
                context.Out.WriteLine(Profiles.Line(warning));
            }

            if (result.FirstFailure is not { } failure)
            {
                context.Out.WriteLine($"Profile '{entry.Name}' passed in {Milliseconds(result.TotalDuration)}.");
                return ExitCode.Success;
            }

            context.Out.WriteLine($"Profile '{entry.Name}' failed at {failure.Name.ToString().ToLowerInvariant()}: {failure.Detail}");
            if (failure.KeysToFix.Count > 0)
            {
                context.Out.WriteLine($"Fix: {string.Join(", ", failure.KeysToFix)}");
            }

            return FailureReport.CodeOf(failure.ErrorKind ?? ConnectorErrorKind.ConnectionFailed);
        });
        return command;
    }

    private static string Milliseconds(TimeSpan duration) =>
        string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMilliseconds:0} ms");
}
