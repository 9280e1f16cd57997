using Connectors.Oftp2.Tests.Session.Support;

namespace Connectors.Oftp2.Tests.Session;

/// <summary>
/// With the smallest exchange buffer (128) and a credit of 1 or 2, the speaker waits for a CDT after each window
/// (§4.4.1) and never sends EFID without credit (§9.11 Note 1); the file still arrives whole.
/// </summary>
public sealed class When_buffer_and_credit_are_small
{
    [Theory]
    [InlineData(128, 1)]
    [InlineData(128, 2)]
    [InlineData(300, 7)]
    public async Task The_file_arrives_through_many_credit_windows(int bufferSize, int credit)
    {
        var content = Payloads.Random(20_000, seed: bufferSize + credit);
        var client = Parties.Client();
        var server = Parties.Server();
        client.Send("SMALL.BIN", content, Parties.ServerCode);

        var (initiator, responder) = await LoopbackSession.RunAsync(
            Parties.ClientOffer with { BufferSize = bufferSize, Credit = credit },
            client,
            Parties.Directory(server));

        Expect.Normal(initiator, "initiator");
        Expect.Normal(responder, "responder");
        Assert.True(server.Negotiated is { } agreed && agreed.BufferSize == bufferSize && agreed.Credit == credit, $"agreed buffer {server.Negotiated?.BufferSize} and credit {server.Negotiated?.Credit}, {bufferSize} and {credit} expected");
        Assert.True(server.Received.TryGetValue("SMALL.BIN", out var file), "the file did not arrive");
        Expect.SameContent(content, file.Content, $"file in {bufferSize}-octet buffers with credit {credit}");
    }
}
