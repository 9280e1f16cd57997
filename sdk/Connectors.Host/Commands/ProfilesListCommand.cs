using System.CommandLine;
using Connectors.Host.Cli;

namespace Connectors.Host.Commands;

/// <summary><c>connectors profiles list</c>: the profiles that loaded, and the files that were refused with why.</summary>
internal static class ProfilesListCommand
{
    public static Command Create(CliApplication application)
    {
        var command = new Command("list", "List the profiles (name, type, source file) and the refused files with their findings.");
        application.SetAction(command, (context, _) =>
        {
            var store = Profiles.Store(context);
            var entries = store.List();
            if (entries.Count == 0)
            {
                context.Out.WriteLine($"No profiles loaded from {store.Directory}.");
            }
            else
            {
                var table = Tables.Create("Name", "Type", "Source");
                foreach (var entry in entries)
                {
                    table.AddTextRow(entry.Name, entry.Type, entry.Source);
                }

                context.Console.Write(table);
            }

            foreach (var refusal in store.Refused.GroupBy(f => f.Source, StringComparer.Ordinal))
            {
                context.Out.WriteLine($"Refused {refusal.Key}:");
                foreach (var finding in refusal)
                {
                    context.Out.WriteLine($"  {Profiles.Line(finding)}");
                }
            }

            foreach (var warning in store.Warnings)
            {
                context.Out.WriteLine(Profiles.Line(warning));
            }

            return Task.FromResult(ExitCode.Success);
        });
        return command;
    }
}
