using Connectors.Ota.Protocol.Envelope;

namespace Connectors.Ota.Protocol.Multipart;

/// <summary>What a multipart body held: the envelope, the payload (written to its target) and the attachments.</summary>
public sealed record OtaMultipartRead(OtaEnvelope Envelope, bool HasPayload, long PayloadBytes, string? PayloadContentType, IReadOnlyList<OtaReceivedAttachment> Attachments);
