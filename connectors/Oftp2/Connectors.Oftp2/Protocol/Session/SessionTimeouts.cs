namespace Connectors.Oftp2.Protocol.Session;

/// <summary>How long the session waits for the partner (RFC 5024 §9.7 leaves the values to the implementation).</summary>
public sealed record SessionTimeouts
{
    /// <summary>Longest wait for any command from the partner; past it the session ends with ESID 09.</summary>
    public TimeSpan Response { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// After sending an ESID, how long to wait for the partner to close the connection (WF_NDISC, §9.9), so the ESID
    /// is read before the connection closes; the session returns sooner when the partner closes first.
    /// </summary>
    public TimeSpan Disconnect { get; init; } = TimeSpan.FromSeconds(5);
}
