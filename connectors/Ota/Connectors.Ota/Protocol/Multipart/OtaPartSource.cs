namespace Connectors.Ota.Protocol.Multipart;

/// <summary>A part to send: how to open its bytes (anew for every attempt), and what to call it.</summary>
/// <param name="ContentId">The Content-ID without angle brackets, e.g. <c>payload</c>.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="FileName">The file name to put in Content-Disposition; null for none.</param>
/// <param name="Length">Its length in bytes, declared in the part's Content-Length.</param>
/// <param name="Open">Opens a stream at its first byte.</param>
public sealed record OtaPartSource(string ContentId, string ContentType, string? FileName, long Length, Func<Stream> Open);
