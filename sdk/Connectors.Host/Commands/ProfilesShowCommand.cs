using System.CommandLine;
using Connectors.Host.Cli;
using Newtonsoft.Json.Linq;

namespace Connectors.Host.Commands;

/// <summary><c>connectors profiles show</c>: one profile as JSON, its secrets redacted.</summary>
internal static class ProfilesShowCommand
{
    public static Command Create(CliApplication application)
    {
        var name = new Argument<string>("name") { Description = "Name of the profile (its file name without .json)." };
        var command = new Command("show", "Print a profile as JSON, with defaults filled in and every secret shown as *** (a reference as env:NAME or file:PATH).")
        {
            name,
        };
        application.SetAction(command, (context, _) =>
        {
            var entry = Profiles.Entry(context, context.GetValue(name));
            var json = new JObject { ["type"] = entry.Type };
            json.Merge(RedactedJson.FromObject(entry.Profile));
            context.Out.WriteLine(json.ToString());
            return Task.FromResult(ExitCode.Success);
        });
        return command;
    }
}
