using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Operations;
using Connectors.Sdk.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Host.Cli;

/// <summary>The operations folder's profiles as the profile commands see them.</summary>
internal static class Profiles
{
    /// <summary>The profile store; a missing <c>profiles/</c> folder is a configuration error naming it.</summary>
    public static FileOperationsStore Store(CommandContext context) =>
        context.Services.GetService<FileOperationsStore>() ?? throw MissingFolder(context);

    /// <summary>The named profile, or the store's configuration error that lists the known names or the refusal.</summary>
    public static ProfileEntry Entry(CommandContext context, string name)
    {
        var store = Store(context);
        if (store.Find(name) is { } entry)
        {
            return entry;
        }

        _ = store.Get<ConnectionProfile>(name);
        throw new ConnectorException(ConnectorErrorKind.Configuration, $"no profile is named '{name}'");
    }

    public static ConnectorException MissingFolder(CommandContext context) =>
        new(ConnectorErrorKind.Configuration, $"the profiles folder '{context.Settings.ProfilesFolder}' does not exist; set --operations or {GlobalOptions.OperationsVariable}");

    /// <summary>How a finding reads on a line of its own.</summary>
    public static string Line(Finding finding) =>
        $"{(finding.Severity == FindingSeverity.Error ? "error" : "warning")}: {finding}";
}
