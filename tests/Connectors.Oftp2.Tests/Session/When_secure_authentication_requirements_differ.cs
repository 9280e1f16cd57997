using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// SSIDAUTH is not negotiable (RFC 5024 §5.3.2): when one side requires secure authentication and the other does
/// not, the responder ends the session with ESID 12 instead of answering (§9.8 transition G).
/// </summary>
public sealed class When_secure_authentication_requirements_differ
{
    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task The_session_ends_with_esid_12(bool initiatorRequires, bool responderRequires)
    {
        var key = new byte[] { 1, 2, 3 };
        var client = Parties.Client();
        client.SecureAuthentication = new XorSecureAuthentication(key, key);
        var server = Parties.Server();
        server.SecureAuthentication = new XorSecureAuthentication(key, key);

        var (initiator, responder) = await LoopbackSession.RunAsync(
            Parties.ClientOffer with { SecureAuthentication = initiatorRequires },
            client,
            Parties.Directory(server, Parties.ServerOffer with { SecureAuthentication = responderRequires }));

        Expect.EndedWith(responder, EndSessionReason.SecureAuthenticationRequirementsIncompatible, byPartner: false, "responder");
        Expect.EndedWith(initiator, EndSessionReason.SecureAuthenticationRequirementsIncompatible, byPartner: true, "initiator");
    }
}
