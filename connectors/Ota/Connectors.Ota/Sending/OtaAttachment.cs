using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Properties;

namespace Connectors.Ota.Sending;

/// <summary>A file sent as an attachment of the document.</summary>
public sealed record OtaAttachment
{
    [Property("File", "Path of the file to attach; it is copied to the outbound spool before the first attempt.", Example = "/data/outbound/drawing-42.pdf")]
    [Required]
    [MinLength(1)]
    public string Path { get; init; } = string.Empty;

    [Property("Content id", "Content-ID the payload refers to the attachment by; the file name when empty.")]
    public string? ContentId { get; init; }

    [Property("Content type", "Media type of the file, e.g. application/pdf; application/octet-stream when empty.")]
    public string? ContentType { get; init; }

    [Property("File name", "Name the partner sees; the file's own name when empty.")]
    public string? FileName { get; init; }
}
