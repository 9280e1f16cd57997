using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// Many files in one session, both ways: each side sends all it has in its turn, every file arrives whole and earns
/// its EERP, each EERP confirmed by RTR (§4.3.8).
/// </summary>
public sealed class When_many_files_are_sent
{
    [Fact]
    public async Task Every_file_arrives_and_every_eerp_comes_back()
    {
        var client = Parties.Client();
        var server = Parties.Server();
        var sent = new Dictionary<string, byte[]>();
        for (var i = 0; i < 12; i++)
        {
            var name = $"C{i:D2}.BIN";
            sent[name] = Payloads.Random(i * 3_001, seed: i);
            client.Send(name, sent[name], Parties.ServerCode);
        }

        for (var i = 0; i < 3; i++)
        {
            var name = $"S{i:D2}.BIN";
            sent[name] = Payloads.Random(5_000 + i, seed: 100 + i);
            server.Send(name, sent[name], Parties.ClientCode);
        }

        var (initiator, responder) = await LoopbackSession.RunAsync(Parties.ClientOffer, client, Parties.Directory(server));

        Expect.Normal(initiator, "initiator");
        Expect.Normal(responder, "responder");
        Assert.True(initiator.Outcome!.FilesSent == 12, $"initiator sent {initiator.Outcome.FilesSent} files, 12 expected");
        Assert.True(responder.Outcome!.FilesSent == 3, $"responder sent {responder.Outcome.FilesSent} files, 3 expected");
        foreach (var (name, content) in sent)
        {
            var at = name[0] == 'C' ? server : client;
            Assert.True(at.Received.TryGetValue(name, out var file), $"{name} did not arrive at {at.Code}");
            Expect.SameContent(content, file.Content, name);
        }

        var eerpsAtClient = client.ResponsesReceived.OfType<EndToEndResponse>().Select(e => e.DatasetName).Order().ToList();
        var eerpsAtServer = server.ResponsesReceived.OfType<EndToEndResponse>().Select(e => e.DatasetName).Order().ToList();
        Assert.True(eerpsAtClient.SequenceEqual(sent.Keys.Where(k => k[0] == 'C').Order()), $"EERPs at the client: {string.Join(",", eerpsAtClient)}");
        Assert.True(eerpsAtServer.SequenceEqual(sent.Keys.Where(k => k[0] == 'S').Order()), $"EERPs at the server: {string.Join(",", eerpsAtServer)}");
    }
}
