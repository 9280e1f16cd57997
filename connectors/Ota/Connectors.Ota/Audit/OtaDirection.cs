namespace Connectors.Ota.Audit;

/// <summary>Which way a message went.</summary>
public enum OtaDirection
{
    /// <summary>Posted to the receiver by a partner.</summary>
    Inbound,

    /// <summary>Posted by the sender to a partner.</summary>
    Outbound,
}
