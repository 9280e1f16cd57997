using System.Text;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// Whatever a partner sends, the session answers a command it cannot decode, or one its state does not accept (the
/// tables of RFC 5024 §9), with an ESID of the reason §5.3.11 gives, returns that outcome, and does not hang.
/// </summary>
public sealed class When_the_partner_sends_malformed_or_unexpected_commands
{
    public static TheoryData<string> Cases => new(Scripts.Keys);

    private static readonly Dictionary<string, (EndSessionReason Reason, Func<ScriptedPeer, Task> Script)> Scripts = new()
    {
        ["an unknown command octet"] = (EndSessionReason.CommandNotRecognised, async peer =>
        {
            await ScriptedCaller.StartAsync(peer);
            await peer.SendExchangeBufferAsync("Z123"u8.ToArray());
        }),
        ["letters in SSIDSDEB"] = (EndSessionReason.CommandContainedInvalidData, async peer =>
        {
            await peer.ReceiveAsync<StartSessionReadyMessage>();
            var ssid = CommandEncoder.Encode(ScriptedCaller.StartSession);
            Encoding.ASCII.GetBytes("4O96A").CopyTo(ssid, 35);
            await peer.SendExchangeBufferAsync(ssid);
        }),
        ["an SSID of the wrong length"] = (EndSessionReason.ExchangeBufferSizeError, async peer =>
        {
            await peer.ReceiveAsync<StartSessionReadyMessage>();
            await peer.SendExchangeBufferAsync(CommandEncoder.Encode(ScriptedCaller.StartSession)[..40]);
        }),
        ["a header announcing more than 99999 octets"] = (EndSessionReason.ExchangeBufferSizeError, async peer =>
        {
            await ScriptedCaller.StartAsync(peer);
            await peer.SendHeaderOnlyAsync(200_000);
        }),
        ["a DATA buffer above the negotiated size"] = (EndSessionReason.ExchangeBufferSizeError, async peer =>
        {
            await ScriptedCaller.StartAsync(peer);
            await peer.SendAsync(ScriptedCaller.FileOffer);
            await peer.ReceiveAsync<StartFilePositiveAnswer>();
            var data = new byte[4097];
            data[0] = (byte)'D';
            await peer.SendExchangeBufferAsync(data);
        }),
        ["an SFPA while the responder listens"] = (EndSessionReason.ProtocolViolation, async peer =>
        {
            await ScriptedCaller.StartAsync(peer);
            await peer.SendAsync(new StartFilePositiveAnswer(0));
        }),
        ["DATA outside a file"] = (EndSessionReason.ProtocolViolation, async peer =>
        {
            await ScriptedCaller.StartAsync(peer);
            await peer.SendExchangeBufferAsync(new byte[] { (byte)'D', 0x83, (byte)'a', (byte)'b', (byte)'c' });
        }),
        ["an SFID with a restart position though restart was refused"] = (EndSessionReason.ProtocolViolation, async peer =>
        {
            await ScriptedCaller.StartAsync(peer, ScriptedCaller.StartSession with { Restart = false });
            await peer.SendAsync(ScriptedCaller.FileOffer with { RestartPosition = 3 });
        }),
        ["a second SSID"] = (EndSessionReason.ProtocolViolation, async peer =>
        {
            await ScriptedCaller.StartAsync(peer);
            await peer.SendAsync(ScriptedCaller.StartSession);
        }),
        ["a second SFID inside a file"] = (EndSessionReason.ProtocolViolation, async peer =>
        {
            await ScriptedCaller.StartAsync(peer);
            await peer.SendAsync(ScriptedCaller.FileOffer);
            await peer.ReceiveAsync<StartFilePositiveAnswer>();
            await peer.SendAsync(new StartFile { DatasetName = "AGAIN", Timestamp = ScriptedCaller.FileOffer.Timestamp, Destination = Parties.ServerCode, Originator = Parties.ClientCode });
        }),
        ["an RTR nobody asked for"] = (EndSessionReason.ProtocolViolation, async peer =>
        {
            await ScriptedCaller.StartAsync(peer);
            await peer.SendAsync(ReadyToReceive.Instance);
        }),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_responder_ends_the_session_with_the_reason_that_fits(string @case)
    {
        var (reason, script) = Scripts[@case];
        EndSession? received = null;

        var result = await ScriptedSession.AgainstResponderAsync(
            Parties.Directory(Parties.Server()),
            async peer =>
            {
                await script(peer);
                received = await peer.ReceiveEndSessionAsync();
            });

        Assert.True(received?.Reason == reason, $"{@case}: the peer got ESID {(int?)received?.Reason:D2} '{received?.ReasonText}', ESID {(int)reason:D2} expected");
        Expect.EndedWith(result, reason, byPartner: false, @case);
    }

    [Fact]
    public async Task A_cd_answering_our_cd_ends_the_session_with_esid_02()
    {
        EndSession? received = null;

        var result = await ScriptedSession.AgainstInitiatorAsync(
            Parties.ClientOffer,
            Parties.Client(),
            async peer =>
            {
                await peer.SendAsync(StartSessionReadyMessage.Instance);
                await peer.ReceiveAsync<StartSession>();
                await peer.SendAsync(new StartSession { IdentificationCode = Parties.ServerCode, Password = Parties.ServerPassword, BufferSize = 4096, Credit = 64, Restart = true });

                // Nothing to send: our initiator hands the turn over; a CD straight back breaks §3.3.4.2 rule 4.
                await peer.ReceiveAsync<ChangeDirection>();
                await peer.SendAsync(ChangeDirection.Instance);
                received = await peer.ReceiveEndSessionAsync();
            });

        Assert.True(received?.Reason == EndSessionReason.ProtocolViolation, $"the peer got ESID {(int?)received?.Reason:D2}, 02 expected");
        Expect.EndedWith(result, EndSessionReason.ProtocolViolation, byPartner: false, "initiator");
    }
}
