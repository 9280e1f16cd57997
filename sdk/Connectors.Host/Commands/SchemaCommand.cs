using System.CommandLine;
using Connectors.Host.Cli;
using Connectors.Sdk.Hosting.Schemas;

namespace Connectors.Host.Commands;

/// <summary>
/// <c>connectors schema</c>: prints one connector's properties schema, or writes and checks the
/// committed <c>schemas/</c> folder, whose files designers render their forms from.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(CliApplication application)
    {
        var id = new Argument<string?>("connector")
        {
            Description = "Id of the connector whose properties schema to print.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var write = new Option<bool>("--write") { Description = "Regenerate every schema file (connectors' properties and profile types)." };
        var check = new Option<bool>("--check") { Description = "Compare the schema files with the code; exit 3 when they drifted." };
        var dir = new Option<string?>("--dir")
        {
            Description = "Folder of the schema files (default: schemas/ at the repository root, or in the current directory).",
            HelpName = "folder",
        };

        var command = new Command("schema", "Print a connector's properties JSON Schema, or write or check the schemas/ folder.")
        {
            id, write, check, dir,
        };
        command.Validators.Add(result =>
        {
            var modes = (result.GetValue(id) is null ? 0 : 1) + (result.GetValue(write) ? 1 : 0) + (result.GetValue(check) ? 1 : 0);
            if (modes != 1)
            {
                result.AddError("Give exactly one of: a connector id, --write, --check.");
            }
            else if (result.GetValue(dir) is not null && result.GetValue(id) is not null)
            {
                result.AddError("--dir goes with --write or --check.");
            }
        });

        application.SetAction(command, (context, _) =>
        {
            var folder = Path.GetFullPath(context.GetValue(dir) ?? RepositoryFolder.DefaultSchemasFolder());
            if (context.GetValue(write))
            {
                return Task.FromResult(Write(context, folder));
            }

            if (context.GetValue(check))
            {
                return Task.FromResult(Check(context, folder));
            }

            var descriptor = context.Catalog.Get(context.GetValue(id)!).Connector.Descriptor;
            context.Out.WriteLine(ConnectorSchemaGenerator.ForProperties(descriptor.PropertiesType).ToJson());
            return Task.FromResult(ExitCode.Success);
        });
        return command;
    }

    private static ExitCode Write(CommandContext context, string folder)
    {
        var written = SchemaFiles.Write(context.Catalog, folder);
        var expected = written.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);

        // A schema of a connector that is no longer registered would otherwise stay and be reported
        // as drift for ever.
        var removed = Directory.EnumerateFiles(folder, "*.schema.json")
            .Where(path => !expected.Contains(Path.GetFileName(path)))
            .ToList();
        foreach (var path in removed)
        {
            File.Delete(path);
        }

        foreach (var path in written)
        {
            context.Out.WriteLine($"wrote {Path.GetFileName(path)}");
        }

        foreach (var path in removed)
        {
            context.Out.WriteLine($"removed {Path.GetFileName(path)}");
        }

        context.Out.WriteLine($"{written.Count} schema files in {folder}");
        return ExitCode.Success;
    }

    private static ExitCode Check(CommandContext context, string folder)
    {
        var drift = SchemaFiles.Drift(context.Catalog, folder);
        if (drift.Count == 0)
        {
            context.Out.WriteLine($"The schema files in {folder} match the code.");
            return ExitCode.Success;
        }

        context.Error.WriteLine($"error: the schema files in {folder} drifted from the code:");
        foreach (var line in drift)
        {
            context.Error.WriteLine($"  {line}");
        }

        context.Error.WriteLine($"  regenerate them with: connectors schema --write --dir {folder}");
        return ExitCode.Configuration;
    }
}
