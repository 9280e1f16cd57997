namespace Connectors.Ota.Protocol.Multipart;

/// <summary>An attachment read from a multipart body and written to its target.</summary>
/// <param name="Index">Its position among the attachments, from 1.</param>
/// <param name="ContentId">Its Content-ID without angle brackets; <c>attachment-N</c> when the part had none.</param>
/// <param name="FileName">The file name of its Content-Disposition, if any.</param>
/// <param name="ContentType">Its media type; application/octet-stream when the part had none.</param>
/// <param name="Length">Bytes written to the target.</param>
public sealed record OtaReceivedAttachment(int Index, string ContentId, string? FileName, string ContentType, long Length);
