namespace Connectors.Ota.Protocol.Status;

/// <summary>What a status code means for the sender: done, try again, or stop.</summary>
public enum OtaStatusCategory
{
    /// <summary>The receiver took the message (1000).</summary>
    Success,

    /// <summary>The receiver could not take it now; the same message may succeed later (2xxx).</summary>
    Retryable,

    /// <summary>The receiver refused the credentials; sending again with the same ones cannot help.</summary>
    Authentication,

    /// <summary>The receiver refused the request as it is; sending it again unchanged cannot help (3xxx).</summary>
    Rejected,

    /// <summary>The sender's own failure, never sent by a receiver (4xxx).</summary>
    SenderFailure,
}
