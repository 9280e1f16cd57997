namespace Connectors.Sdk.Errors;

/// <summary>
/// Why a connector failed, in the words of the OFTP2 sender's error table, so an operator knows
/// where to look: the network, the credentials, the content, the partner, or the configuration.
/// </summary>
public enum ConnectorErrorKind
{
    /// <summary>Host, port or network: the connection could not be made or was lost. Retrying can help.</summary>
    ConnectionFailed,

    /// <summary>Credentials or certificates were refused. Retrying with the same ones cannot help.</summary>
    Authentication,

    /// <summary>The content does not fit the chosen encoding or format.</summary>
    Encoding,

    /// <summary>The partner did not answer in time. Retrying can help; so can a longer timeout.</summary>
    Timeout,

    /// <summary>The partner's system is up but not accepting work now (busy, shutting down). Retrying can help.</summary>
    PartnerUnavailable,

    /// <summary>The partner refused this message for a reason of its own.</summary>
    RejectedByPartner,

    /// <summary>The partner broke the protocol, or we received what we cannot parse.</summary>
    ProtocolViolation,

    /// <summary>A property, a profile or a secret reference is missing or wrong.</summary>
    Configuration,
}
