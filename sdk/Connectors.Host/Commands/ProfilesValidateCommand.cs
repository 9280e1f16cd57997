using System.CommandLine;
using Connectors.Host.Cli;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Catalog;
using Connectors.Sdk.Hosting.Operations;
using Connectors.Sdk.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Host.Commands;

/// <summary>
/// <c>connectors profiles validate</c>: checks profile files as the store would load them and reports
/// every finding by file, JSON pointer and rule — a gate for a pull request that onboards a partner.
/// </summary>
internal static class ProfilesValidateCommand
{
    public static Command Create(CliApplication application)
    {
        var target = new Argument<string?>("profile")
        {
            Description = "A profile name or the path of a profile file; every file in profiles/ when left out.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("validate", "Validate profiles against their schema and checks; print errors and warnings; exit 3 on an error.")
        {
            target,
        };
        application.SetAction(command, (context, _) =>
        {
            var loader = new ProfileLoader(context.Services.GetServices<ProfileTypeRegistration>());
            var files = Files(context, context.GetValue(target));
            var refused = 0;
            var warnings = 0;
            foreach (var path in files)
            {
                var (entry, findings) = Check(loader, path);
                foreach (var finding in findings)
                {
                    context.Out.WriteLine(Profiles.Line(finding));
                }

                warnings += findings.Count(f => f.Severity == FindingSeverity.Warning);
                if (entry is null)
                {
                    refused++;
                }
                else
                {
                    context.Out.WriteLine($"ok: {Path.GetFileName(path)} ({entry.Type})");
                }
            }

            context.Out.WriteLine($"{files.Count} checked, {files.Count - refused} valid, {refused} refused, {warnings} warnings");
            return Task.FromResult(refused > 0 ? ExitCode.Configuration : ExitCode.Success);
        });
        return command;
    }

    private static (ProfileEntry? Entry, IReadOnlyList<Finding> Findings) Check(ProfileLoader loader, string path)
    {
        var source = Path.GetFileName(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, [new Finding(source, string.Empty, "read", $"cannot be read: {e.Message}")]);
        }

        return loader.Load(Path.GetFileNameWithoutExtension(path), json, source);
    }

    private static List<string> Files(CommandContext context, string? target)
    {
        var folder = context.Settings.ProfilesFolder;
        if (target is null)
        {
            return Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList()
                : throw Profiles.MissingFolder(context);
        }

        if (File.Exists(target))
        {
            return [Path.GetFullPath(target)];
        }

        if (ProfileName.IsValid(target) && File.Exists(Path.Combine(folder, target + ".json")))
        {
            return [Path.Combine(folder, target + ".json")];
        }

        var known = Directory.Exists(folder)
            ? string.Join(", ", Directory.EnumerateFiles(folder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal))
            : string.Empty;
        throw new ConnectorException(
            ConnectorErrorKind.Configuration,
            $"'{target}' is neither a file nor a profile in {folder}; known profiles: {(known.Length == 0 ? "none" : known)}");
    }
}
