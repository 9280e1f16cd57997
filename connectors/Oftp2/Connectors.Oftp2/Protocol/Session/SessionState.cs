namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// The states of RFC 5024 §9.3 this engine passes through, named as there, for logs and for the text of a
/// protocol violation ("SFPA is not valid in IDLELI").
/// </summary>
internal enum SessionState
{
    /// <summary>Initiator waiting for the Ready Message (SSRM).</summary>
    I_WF_RM,

    /// <summary>Initiator waiting for the responder's SSID.</summary>
    I_WF_SSID,

    /// <summary>Responder, SSRM sent, waiting for the initiator's SSID.</summary>
    A_NC_ONLY,

    /// <summary>Waiting for a Security Change Direction.</summary>
    WF_SECD,

    /// <summary>SECD sent, waiting for an Authentication Challenge.</summary>
    WF_AUCH,

    /// <summary>AUCH sent, waiting for the Authentication Response.</summary>
    WF_AURP,

    /// <summary>Idle speaker.</summary>
    IDLESP,

    /// <summary>Idle speaker that got the turn by an unsolicited CD: it may end the session, not send CD.</summary>
    IDLESPCD,

    /// <summary>EERP or NERP sent, waiting for RTR.</summary>
    WF_RTR,

    /// <summary>SFID sent, waiting for SFPA or SFNA.</summary>
    OPOP,

    /// <summary>Sending DATA.</summary>
    OPO,

    /// <summary>Credit used up, waiting for CDT.</summary>
    OPOWFC,

    /// <summary>EFID sent, waiting for EFPA or EFNA.</summary>
    CLOP,

    /// <summary>EFPA with change direction sent, waiting for CD.</summary>
    WF_CD,

    /// <summary>Idle listener.</summary>
    IDLELI,

    /// <summary>Idle listener that just sent CD: a CD now is a violation, an ESID the normal end.</summary>
    IDLELICD,

    /// <summary>Receiving DATA.</summary>
    OPI,

    /// <summary>ESID sent, waiting for the partner to close the connection.</summary>
    WF_NDISC,
}
