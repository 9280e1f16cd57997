using System.Net.Sockets;
using Connectors.SamplePlugin.Protocol;
using Connectors.Sdk.Testing.Tests.Fixtures;
using static Connectors.Sdk.Testing.Tests.Adapters.SampleCredentialsForTests;

namespace Connectors.Sdk.Testing.Tests.Protocol;

public sealed class When_a_partner_logs_in_with_a_wrong_password
{
    [Fact]
    public async Task The_receiver_answers_denied_and_closes_the_connection()
    {
        await using var partner = await RunningSampleReceiver.StartAsync(new RecordingSink(), User, Password, CancellationToken.None);
        using var client = new TcpClient();
        await client.ConnectAsync(partner.Endpoint);
        var stream = client.GetStream();
        var reader = new ProtocolReader(stream);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        await stream.WriteAsync(SampleProtocol.Encode(SampleProtocol.Hello(User, WrongPassword)), patience.Token);
        var answer = await reader.ReadLineAsync(patience.Token);
        var after = await reader.ReadLineAsync(patience.Token);

        Assert.True(answer == SampleProtocol.Denied, $"the receiver answered '{answer}' to a wrong password, not DENIED");
        Assert.True(after is null, $"the receiver answered '{after}' after DENIED instead of closing the connection");
    }
}
