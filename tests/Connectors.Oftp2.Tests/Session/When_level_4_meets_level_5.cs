using Connectors.Oftp2.Protocol;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// An OFTP 1.4 side (SSIDLEV 4) and an OFTP 2.0 side agree on the lower level (RFC 5024 §5.3.2) and run the whole
/// session in the level 4 command layouts: files and EERPs both ways.
/// </summary>
public sealed class When_level_4_meets_level_5
{
    [Theory]
    [InlineData(ProtocolLevel.Revision14, ProtocolLevel.Revision20)]
    [InlineData(ProtocolLevel.Revision20, ProtocolLevel.Revision14)]
    [InlineData(ProtocolLevel.Revision14, ProtocolLevel.Revision14)]
    public async Task The_session_runs_at_level_4(ProtocolLevel initiatorLevel, ProtocolLevel responderLevel)
    {
        var client = Parties.Client();
        var server = Parties.Server();
        var up = Payloads.Random(12_345, seed: 1);
        var down = Payloads.Text(50);
        client.Send("UP.BIN", up, Parties.ServerCode);
        server.Send("DOWN.TXT", down, Parties.ClientCode, VirtualFileFormat.Text);

        var (initiator, responder) = await LoopbackSession.RunAsync(
            Parties.ClientOffer with { Level = initiatorLevel },
            client,
            Parties.Directory(server, Parties.ServerOffer with { Level = responderLevel }));

        Expect.Normal(initiator, "initiator");
        Expect.Normal(responder, "responder");
        Assert.True(client.Negotiated?.Level == ProtocolLevel.Revision14, $"the initiator agreed level {client.Negotiated?.Level}, 4 expected");
        Assert.True(server.Negotiated?.Level == ProtocolLevel.Revision14, $"the responder agreed level {server.Negotiated?.Level}, 4 expected");
        Expect.SameContent(up, server.Received["UP.BIN"].Content, "file to the responder");
        Expect.SameContent(down, client.Received["DOWN.TXT"].Content, "file to the initiator");
        Expect.Journaled(client, "ResponseReceived EERP UP.BIN", "the level 4 EERP reached the initiator");
        Expect.Journaled(server, "ResponseReceived EERP DOWN.TXT", "the level 4 EERP reached the responder");
    }
}
