using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>What both SSIDs agreed: the values the rest of the session runs on.</summary>
public sealed record NegotiatedSession(
    SessionRole Role,
    string LocalCode,
    string PartnerCode,
    ProtocolLevel Level,
    int BufferSize,
    int Credit,
    bool BufferCompression,
    bool Restart,
    bool SecureAuthentication,
    SendReceiveCapability PartnerCapability);
