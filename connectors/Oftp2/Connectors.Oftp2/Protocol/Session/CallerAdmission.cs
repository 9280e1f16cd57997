using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>The responder's decision on the caller's SSID: who we are for this caller, or why it is turned away.</summary>
public abstract record CallerAdmission
{
    private CallerAdmission()
    {
    }

    /// <summary>The caller is known and its password right: answer with <paramref name="Offer"/> and run the session with <paramref name="Partner"/>.</summary>
    public sealed record Admit(SessionOffer Offer, ISessionPartner Partner) : CallerAdmission;

    /// <summary>End the session with ESID <paramref name="Reason"/> (03 unknown code, 04 wrong password, 08 busy ...).</summary>
    public sealed record Refuse(EndSessionReason Reason, string Text) : CallerAdmission;
}
