using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Properties;

namespace Connectors.Mft.Tasks;

/// <summary>The destination of a task: an endpoint, a folder in it, how files are named and what happens to a file there already.</summary>
public sealed record MftDestination
{
    [Property("Endpoint", "Name of the endpoint profile the files are written to.", Example = "bank-inbox")]
    [Required]
    [MinLength(1)]
    public string Endpoint { get; init; } = string.Empty;

    [Property("Path", "Folder within the endpoint's root, '/'-separated; empty for the root. It may not leave the root.", Example = "incoming")]
    [DefaultValue("")]
    public string Path { get; init; } = string.Empty;

    [Property("Rename", "A rule that gives each file its name at the destination; the file keeps its name without one.")]
    public MftRename? Rename { get; init; }

    [Property("Overwrite", "Yes replaces a file of the same name, Append adds to its end, No fails the run and leaves it untouched.")]
    [DefaultValue(MftOverwrite.Yes)]
    public MftOverwrite Overwrite { get; init; } = MftOverwrite.Yes;
}
