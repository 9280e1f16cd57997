using System.CommandLine;
using Connectors.Host.Cli;

namespace Connectors.Host.Commands;

/// <summary><c>connectors profiles</c>: the connection profiles of the operations folder.</summary>
internal static class ProfilesCommand
{
    public static Command Create(CliApplication application) =>
        new("profiles", "List, show, validate and test the connection profiles in the operations folder's profiles/.")
        {
            ProfilesListCommand.Create(application),
            ProfilesShowCommand.Create(application),
            ProfilesValidateCommand.Create(application),
            ProfilesTestCommand.Create(application),
        };
}
