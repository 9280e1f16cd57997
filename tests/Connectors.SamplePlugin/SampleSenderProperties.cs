using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Properties;

namespace Connectors.SamplePlugin;

/// <summary>What a flow designer fills in to send a file with the sample sender.</summary>
[ConnectorProperties("Sample sender", "Sends a file to a partner over the sample protocol.")]
public sealed record SampleSenderProperties
{
    [Property("Connection", "Name of the sample profile of the partner to send to.", Example = "partner-a")]
    [Required]
    public string ConnectionName { get; init; } = string.Empty;

    [Property("File name", "Name the partner stores the file under; when empty, the message's file name is used. No spaces.")]
    [RegularExpression(@"^\S+$")]
    public string? FileName { get; init; }

    [Property("Description", "What is sent and why, written to the log with each delivery.")]
    public string? Description { get; init; }
}
