using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// A wrong SSIDPSWD ends the session with ESID 04 (RFC 5024 §5.3.11), whichever side presents it; neither password
/// appears in any log line of either side.
/// </summary>
public sealed class When_the_password_is_wrong
{
    [Fact]
    public async Task The_responder_refuses_the_caller_with_esid_04()
    {
        var client = Parties.Client();
        var logs = new ListLogger();

        var (initiator, responder) = await LoopbackSession.RunAsync(
            Parties.ClientOffer with { Password = "WRONGPW" },
            client,
            Parties.Directory(Parties.Server()),
            logger: logs);

        Expect.EndedWith(responder, EndSessionReason.InvalidPassword, byPartner: false, "responder");
        Expect.EndedWith(initiator, EndSessionReason.InvalidPassword, byPartner: true, "initiator");
        Assert.True(initiator.Outcome!.ReasonText == "Authentication error: INVALID PASSWORD", $"the initiator read '{initiator.Outcome.ReasonText}'");
        NoPasswordIn(logs, "WRONGPW", Parties.ClientPassword, Parties.ServerPassword);
    }

    [Fact]
    public async Task The_initiator_refuses_the_responder_with_esid_04()
    {
        var client = Parties.Client();
        client.ExpectedResponderPassword = "OTHERPW";
        var logs = new ListLogger();

        var (initiator, responder) = await LoopbackSession.RunAsync(Parties.ClientOffer, client, Parties.Directory(Parties.Server()), logger: logs);

        Expect.EndedWith(initiator, EndSessionReason.InvalidPassword, byPartner: false, "initiator");
        Expect.EndedWith(responder, EndSessionReason.InvalidPassword, byPartner: true, "responder");
        NoPasswordIn(logs, Parties.ClientPassword, Parties.ServerPassword);
    }

    private static void NoPasswordIn(ListLogger logs, params string[] passwords)
    {
        Assert.True(!logs.Lines.IsEmpty, "the sessions logged nothing at all");
        foreach (var line in logs.Lines)
        {
            foreach (var password in passwords)
            {
                Assert.False(line.Contains(password, StringComparison.Ordinal), $"a log line shows a password: {line.Replace(password, "<password>", StringComparison.Ordinal)}");
            }
        }
    }
}
