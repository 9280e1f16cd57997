using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Protocol.Multipart;

namespace Connectors.Ota.Receiving;

/// <summary>What a body held once read into the spool, whatever its form.</summary>
internal sealed record OtaBodyRead(OtaEnvelope Envelope, bool HasPayload, long PayloadBytes, string? PayloadContentType, IReadOnlyList<OtaReceivedAttachment> Attachments);
