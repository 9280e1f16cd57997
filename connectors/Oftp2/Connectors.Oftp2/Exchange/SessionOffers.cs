using Connectors.Oftp2.Profiles;
using Connectors.Oftp2.Protocol;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Session;

namespace Connectors.Oftp2.Exchange;

/// <summary>Our SSID for a partner, from its profile.</summary>
internal static class SessionOffers
{
    public static SessionOffer For(Oftp2Profile profile, bool canReceive) => new()
    {
        IdentificationCode = profile.LocalCode,
        Password = profile.LocalPassword.Reveal(),
        Level = profile.Session.ProtocolLevel == Oftp2ProtocolLevel.Oftp14 ? ProtocolLevel.Revision14 : ProtocolLevel.Revision20,
        BufferSize = profile.Session.BufferSize,
        Credit = profile.Session.Credit,
        BufferCompression = profile.Session.Compression,
        Restart = profile.Session.Restart,
        SecureAuthentication = profile.Security.SecureAuthentication,
        Capability = canReceive ? SendReceiveCapability.Both : SendReceiveCapability.SendOnly,
        UserData = profile.Session.UserData ?? "",
    };
}
