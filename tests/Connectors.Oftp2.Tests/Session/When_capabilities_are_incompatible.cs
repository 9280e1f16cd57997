using Connectors.Oftp2.Protocol;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// Start session negotiation fails with ESID 10 (RFC 5024 §9.8 transition G "else"): when both sides can only send,
/// or only receive (§5.3.2 SSIDSR), or when the caller speaks a protocol level below 4.
/// </summary>
public sealed class When_capabilities_are_incompatible
{
    [Theory]
    [InlineData(SendReceiveCapability.SendOnly)]
    [InlineData(SendReceiveCapability.ReceiveOnly)]
    public async Task Two_one_way_sides_of_the_same_way_get_esid_10(SendReceiveCapability capability)
    {
        var (initiator, responder) = await LoopbackSession.RunAsync(
            Parties.ClientOffer with { Capability = capability },
            Parties.Client(),
            Parties.Directory(Parties.Server(), Parties.ServerOffer with { Capability = capability }));

        Expect.EndedWith(responder, EndSessionReason.ModeOrCapabilitiesIncompatible, byPartner: false, "responder");
        Expect.EndedWith(initiator, EndSessionReason.ModeOrCapabilitiesIncompatible, byPartner: true, "initiator");
    }

    [Fact]
    public async Task A_caller_at_level_2_gets_esid_10()
    {
        EndSession? received = null;

        var result = await ScriptedSession.AgainstResponderAsync(
            Parties.Directory(Parties.Server()),
            async peer =>
            {
                await peer.ReceiveAsync<StartSessionReadyMessage>();
                var startSession = CommandEncoder.Encode(ScriptedCaller.StartSession with { Level = ProtocolLevel.Revision14 });
                startSession[1] = (byte)'2';
                await peer.SendExchangeBufferAsync(startSession);
                received = await peer.ReceiveEndSessionAsync();
            });

        Assert.True(received?.Reason == EndSessionReason.ModeOrCapabilitiesIncompatible, $"the peer got ESID {(int?)received?.Reason:D2}, 10 expected");
        Expect.EndedWith(result, EndSessionReason.ModeOrCapabilitiesIncompatible, byPartner: false, "responder");
    }

    [Fact]
    public async Task A_receive_only_responder_still_takes_files_from_a_caller_that_sends()
    {
        var client = Parties.Client();
        client.Send("ONE-WAY.BIN", Payloads.Random(2_000, seed: 1), Parties.ServerCode);
        var server = Parties.Server();
        server.Send("HELD.BIN", Payloads.Random(10, seed: 2), Parties.ClientCode);

        var (initiator, responder) = await LoopbackSession.RunAsync(
            Parties.ClientOffer with { Capability = SendReceiveCapability.SendOnly },
            client,
            Parties.Directory(server));

        Expect.Normal(initiator, "initiator");
        Expect.Normal(responder, "responder");
        Assert.True(server.Received.ContainsKey("ONE-WAY.BIN"), "the file reached the responder");
        Assert.True(server.FilesQueued == 1, "the responder offered no file to a caller that only sends");
    }
}
