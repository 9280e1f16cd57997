using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// The SSID negotiation of RFC 5024 §3.2 and §5.3.2 (predicates P2, P8 and P10 of §9.8): the lowest level, buffer
/// size and credit win, compression and restart only when both say Y, the send/receive modes must complement each
/// other (ESID 10 otherwise), and secure authentication is not negotiable (ESID 12 when the sides differ).
/// </summary>
internal static class SessionNegotiation
{
    /// <summary>The SSID a responder answers the caller's with (§9.8 transition G), or the ESID reason in a <see cref="SessionAbortException"/>.</summary>
    public static StartSession Answer(SessionOffer offer, StartSession caller)
    {
        var level = AgreeLevel(offer.Level, caller.Level);
        var authentication = AgreeAuthentication(offer.SecureAuthentication, caller.SecureAuthentication);
        return new StartSession
        {
            Level = level,
            IdentificationCode = offer.IdentificationCode,
            Password = offer.Password,
            BufferSize = Math.Min(offer.BufferSize, caller.BufferSize),
            Capability = AnswerCapability(offer.Capability, caller.Capability),
            BufferCompression = offer.BufferCompression && caller.BufferCompression,
            Restart = offer.Restart && caller.Restart,
            // Special logic serves X.25 asynchronous entry only, never TCP (§5.3.2 SSIDSPEC).
            SpecialLogic = false,
            Credit = Math.Min(offer.Credit, caller.Credit),
            SecureAuthentication = authentication,
            UserData = offer.UserData,
        };
    }

    /// <summary>What the two SSIDs agree (§9.8 action 5), or the ESID reason in a <see cref="SessionAbortException"/>.</summary>
    public static NegotiatedSession Agree(SessionRole role, StartSession ours, StartSession theirs)
    {
        var level = AgreeLevel(ours.Level, theirs.Level);
        if (IsOneWay(ours.Capability) && ours.Capability == theirs.Capability)
        {
            throw Incompatible("SSIDSR", $"both sides can only {(ours.Capability == SendReceiveCapability.SendOnly ? "send" : "receive")}");
        }

        var authentication = AgreeAuthentication(ours.SecureAuthentication, theirs.SecureAuthentication);
        return new NegotiatedSession(
            role,
            ours.IdentificationCode,
            theirs.IdentificationCode,
            level,
            Math.Min(ours.BufferSize, theirs.BufferSize),
            Math.Min(ours.Credit, theirs.Credit),
            ours.BufferCompression && theirs.BufferCompression,
            ours.Restart && theirs.Restart,
            authentication,
            theirs.Capability);
    }

    /// <summary>The SSID an initiator opens with: its offer as it is (§9.8 action 3).</summary>
    public static StartSession Open(SessionOffer offer) => new()
    {
        Level = offer.Level,
        IdentificationCode = offer.IdentificationCode,
        Password = offer.Password,
        BufferSize = offer.BufferSize,
        Capability = offer.Capability,
        BufferCompression = offer.BufferCompression,
        Restart = offer.Restart,
        SpecialLogic = false,
        Credit = offer.Credit,
        SecureAuthentication = offer.SecureAuthentication,
        UserData = offer.UserData,
    };

    /// <summary>Checks an offer before it is sent: RFC 5024 speaks level 4 and 5, and level 4 has no SSIDAUTH.</summary>
    public static void Validate(SessionOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (offer.Level is not (ProtocolLevel.Revision14 or ProtocolLevel.Revision20))
        {
            throw new ArgumentException($"SessionOffer.Level must be 4 or 5, not {(int)offer.Level}", nameof(offer));
        }

        if (offer.Level == ProtocolLevel.Revision14 && offer.SecureAuthentication)
        {
            throw new ArgumentException("secure authentication needs protocol level 5 (RFC 5024 §1.2)", nameof(offer));
        }
    }

    /// <summary>Whether we may send files: neither we nor the partner said we only receive.</summary>
    public static bool CanSend(StartSession ours, StartSession theirs) =>
        ours.Capability != SendReceiveCapability.ReceiveOnly && theirs.Capability != SendReceiveCapability.SendOnly;

    /// <summary>Whether we may receive files: neither we nor the partner said we only send.</summary>
    public static bool CanReceive(StartSession ours, StartSession theirs) =>
        ours.Capability != SendReceiveCapability.SendOnly && theirs.Capability != SendReceiveCapability.ReceiveOnly;

    // "The protocol release level is negotiable, with the lowest level being selected" (§5.3.2 SSIDLEV); this engine
    // speaks 4 and 5, so levels 1 and 2 (revisions 1.2 and 1.3) cannot be served.
    private static ProtocolLevel AgreeLevel(ProtocolLevel ours, ProtocolLevel theirs)
    {
        var level = (ProtocolLevel)Math.Min((int)ours, (int)theirs);
        return level >= ProtocolLevel.Revision14
            ? level
            : throw Incompatible("SSIDLEV", $"the partner speaks protocol level {(int)theirs}, this side 4 and 5");
    }

    // "No negotiation of authentication is allowed" (§5.3.2 SSIDAUTH, §9.8 P8 and P10).
    private static bool AgreeAuthentication(bool ours, bool theirs) =>
        ours == theirs
            ? ours
            : throw new SessionAbortException(
                EndSessionReason.SecureAuthenticationRequirementsIncompatible,
                EndSessionReason.SecureAuthenticationRequirementsIncompatible.Describe(),
                $"SSIDAUTH: this side {(ours ? "requires" : "does not use")} secure authentication, the partner {(theirs ? "requires" : "does not use")} it (RFC 5024 §5.3.2)");

    // A responder offering both directions narrows to the complement of a one-way caller (§3.2.1 "Mode").
    private static SendReceiveCapability AnswerCapability(SendReceiveCapability ours, SendReceiveCapability caller)
    {
        if (IsOneWay(ours) && ours == caller)
        {
            throw Incompatible("SSIDSR", $"both sides can only {(ours == SendReceiveCapability.SendOnly ? "send" : "receive")}");
        }

        return (ours, caller) switch
        {
            (SendReceiveCapability.Both, SendReceiveCapability.SendOnly) => SendReceiveCapability.ReceiveOnly,
            (SendReceiveCapability.Both, SendReceiveCapability.ReceiveOnly) => SendReceiveCapability.SendOnly,
            _ => ours,
        };
    }

    private static bool IsOneWay(SendReceiveCapability capability) => capability != SendReceiveCapability.Both;

    private static SessionAbortException Incompatible(string field, string detail) =>
        new(
            EndSessionReason.ModeOrCapabilitiesIncompatible,
            EndSessionReason.ModeOrCapabilitiesIncompatible.Describe(),
            $"{field}: {detail} (RFC 5024 §5.3.2)");
}
