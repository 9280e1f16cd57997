using System.CommandLine;
using Connectors.Host.Cli;
using Connectors.Sdk.Hosting.Schemas;

namespace Connectors.Host.Commands;

/// <summary><c>connectors list</c>: the registered connectors, built in and from plug-ins.</summary>
internal static class ListCommand
{
    public static Command Create(CliApplication application)
    {
        var command = new Command("list", "List the registered connectors: id, kind, version, display name and the profile type each needs.");
        application.SetAction(command, (context, _) =>
        {
            var descriptors = context.Catalog.Descriptors;
            if (descriptors.Count == 0)
            {
                context.Out.WriteLine("No connectors are registered. Load plug-ins with --plugins <folder>.");
                return Task.FromResult(ExitCode.Success);
            }

            var table = Tables.Create("Id", "Kind", "Version", "Display name", "Profile type");
            foreach (var descriptor in descriptors)
            {
                table.AddTextRow(
                    descriptor.Id,
                    descriptor.Kind.ToString().ToLowerInvariant(),
                    descriptor.Version,
                    descriptor.DisplayName,
                    descriptor.ProfileType is { } profileType ? ConnectorSchemaGenerator.ProfileTypeId(profileType) : "-");
            }

            context.Console.Write(table);
            return Task.FromResult(ExitCode.Success);
        });
        return command;
    }
}
