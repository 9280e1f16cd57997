namespace Connectors.Oftp2.Exchange;

/// <summary>The names under which OFTP2 keeps its rows in the shared state store.</summary>
internal static class Oftp2Channels
{
    /// <summary>Deliveries of files we sent, until their EERP or NERP arrives.</summary>
    public const string Files = "oftp2";

    /// <summary>
    /// The inbox of files we received: a receiver's sink commits under the receiver's connector id, so the
    /// SFID of a file already delivered is recognised before its data is sent again.
    /// </summary>
    public const string Inbox = "oftp2-receiver";

    /// <summary>Files waiting for a partner that only calls us (pick-up).</summary>
    public const string QueuedFiles = "oftp2-files";

    /// <summary>EERPs and NERPs we owe partners, sent when we next speak to them.</summary>
    public const string Responses = "oftp2-responses";
}
