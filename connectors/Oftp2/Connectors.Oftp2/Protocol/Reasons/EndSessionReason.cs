namespace Connectors.Oftp2.Protocol.Reasons;

/// <summary>ESIDREAS, why a session ends (RFC 5024 §5.3.11).</summary>
public enum EndSessionReason
{
    NormalTermination = 0,
    CommandNotRecognised = 1,
    ProtocolViolation = 2,
    UserCodeNotKnown = 3,
    InvalidPassword = 4,
    LocalSiteEmergencyCloseDown = 5,
    CommandContainedInvalidData = 6,
    ExchangeBufferSizeError = 7,
    ResourcesNotAvailable = 8,
    TimeOut = 9,
    ModeOrCapabilitiesIncompatible = 10,
    InvalidChallengeResponse = 11,
    SecureAuthenticationRequirementsIncompatible = 12,
    UnspecifiedAbort = 99,
}
