using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Properties;

namespace Connectors.Mft.Tasks;

/// <summary>The source of a task: an endpoint, a folder in it and a filter.</summary>
public sealed record MftSource
{
    [Property("Endpoint", "Name of the endpoint profile the files are taken from.", Example = "erp-outbox")]
    [Required]
    [MinLength(1)]
    public string Endpoint { get; init; } = string.Empty;

    [Property("Path", "Folder within the endpoint's root, '/'-separated; empty for the root. It may not leave the root.", Example = "invoices/out")]
    [DefaultValue("")]
    public string Path { get; init; } = string.Empty;

    [Property("Filter", "File names to take: '*' any characters, '?' one character, several patterns separated by '|'; case is ignored.", Example = "*.xml|INV_????.csv")]
    [Required]
    [MinLength(1)]
    public string Filter { get; init; } = "*";

    [Property("Wait (minutes)", "How long to wait for a matching file to appear before the run fails; 0 to look once.")]
    [DefaultValue(1.0)]
    [Range(0.0, 1440.0)]
    public double WaitMinutes { get; init; } = 1;

    [Property("Keep source files", "Leave the source files in place after the transfer; by default they are removed once every destination file is verified.")]
    [DefaultValue(false)]
    public bool KeepSourceFiles { get; init; }
}
