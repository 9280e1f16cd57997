using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Properties;

namespace Connectors.Mft.Tasks;

/// <summary>A regular-expression rename of each file name at the destination.</summary>
public sealed record MftRename
{
    [Property("Search", "Regular expression matched against the file name (not its folder).", Example = @"^INV_(\d+)\.csv$")]
    [Required]
    [MinLength(1)]
    public string Search { get; init; } = string.Empty;

    [Property("Replace", "The replacement: ${1}, ${2} … for the groups, and date tokens of the run's start in UTC in braces, made of y M d H m s, e.g. {yyyyMMdd} or {HHmmss}.", Example = "invoice-${1}-{yyyyMMdd}.csv")]
    [Required]
    public string Replace { get; init; } = string.Empty;
}
