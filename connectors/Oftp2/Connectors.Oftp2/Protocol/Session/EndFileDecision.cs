using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>The answer to an EFID, given only after the file is durably committed (EFPA) or refused (EFNA).</summary>
public abstract record EndFileDecision
{
    private EndFileDecision()
    {
    }

    /// <summary>EFPA; <paramref name="WantTurn"/> asks to become the speaker (EFPACD = Y).</summary>
    public sealed record Accept(bool WantTurn = false) : EndFileDecision;

    /// <summary>EFNA with a reason.</summary>
    public sealed record Refuse(EndFileNegativeReason Reason, string Text) : EndFileDecision;
}
