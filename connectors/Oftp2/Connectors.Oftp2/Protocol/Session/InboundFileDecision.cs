using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>The answer to an SFID: accept, with where to write and from which restart position, or refuse.</summary>
public abstract record InboundFileDecision
{
    private InboundFileDecision()
    {
    }

    /// <summary>SFPA: write the file into <paramref name="Output"/>, already positioned at <paramref name="RestartPosition"/>.</summary>
    /// <param name="RestartPosition">
    /// SFPAACNT: at most the SFID's restart position, and 0 unless restart was agreed; records for F and V, 1K blocks
    /// for U and T (and for every secured file, sent as U). <see cref="Files.RestartCount.FindLocalOffsetAsync"/> gives
    /// where that position lies in the kept file.
    /// </param>
    /// <param name="Output">
    /// Receives the file as transmitted (decoded from its records, as <see cref="Files.VirtualFileDecoder"/> stores
    /// them); the session flushes it at EFID and when the file is interrupted, and never disposes it. To restart a V
    /// file it must be seekable: its Position (after the kept records and their length prefixes) tells the session
    /// how many octets the kept records hold.
    /// </param>
    public sealed record Accept(long RestartPosition, Stream Output) : InboundFileDecision;

    /// <summary>SFNA with a reason; <paramref name="RetryLater"/> tells the partner whether to try again.</summary>
    public sealed record Refuse(StartFileNegativeReason Reason, string Text, bool RetryLater = false) : InboundFileDecision;
}
