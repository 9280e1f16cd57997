namespace Connectors.Ota.Audit;

/// <summary>Where a message stands, as the audit log records it.</summary>
public enum OtaAuditStatus
{
    /// <summary>Outbound: stored in the queue, no attempt finished yet.</summary>
    Queued,

    /// <summary>Outbound: an attempt failed in a way that can pass; another follows after the back-off.</summary>
    Retrying,

    /// <summary>Outbound: the partner answered 1000 (or, for a straight post, HTTP 2xx).</summary>
    Delivered,

    /// <summary>Outbound: the partner refused it (a 3xxx code); kept in the queue as failed.</summary>
    Rejected,

    /// <summary>Outbound: no attempt succeeded, or the failure cannot pass; kept in the queue as failed, never dropped.</summary>
    Failed,

    /// <summary>Inbound: committed by the flow and answered 1000.</summary>
    Accepted,

    /// <summary>Inbound: a resend of a message committed before; answered 1000 with the first receipt, not delivered again.</summary>
    Duplicate,

    /// <summary>Inbound: answered with an error code; nothing was delivered.</summary>
    Refused,
}
