namespace Connectors.Ota.Protocol.Envelope;

/// <summary>What reading a body found: the envelope, and whether and how much of a PAYLOAD went to the payload target.</summary>
public sealed record OtaEnvelopeRead(OtaEnvelope Envelope, bool HasPayload, long PayloadBytes);
