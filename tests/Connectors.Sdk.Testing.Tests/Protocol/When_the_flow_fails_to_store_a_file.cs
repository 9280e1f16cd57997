using System.Text;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Testing.Tests.Fixtures;
using static Connectors.Sdk.Testing.Tests.Adapters.SampleCredentialsForTests;

namespace Connectors.Sdk.Testing.Tests.Protocol;

public sealed class When_the_flow_fails_to_store_a_file
{
    [Fact]
    public async Task The_receiver_does_not_answer_and_the_sender_may_retry()
    {
        await using var partner = await RunningSampleReceiver.StartAsync(new FailingSink(), User, Password, CancellationToken.None);
        using var payload = new MemoryStream(Encoding.UTF8.GetBytes("invoice 45\n"));

        var failure = await Record.ExceptionAsync(() => SamplePartnerSetup.SenderFor(partner.Endpoint).SendAsync(
            new ConnectorMessage(payload, new MessageHeaders { FileName = "invoice-45.txt" }),
            SamplePartnerSetup.Properties,
            CancellationToken.None));

        var connectorFailure = Assert.IsType<ConnectorException>(failure);
        Assert.True(connectorFailure.Kind == ConnectorErrorKind.ConnectionFailed, $"an unanswered file failed as {connectorFailure.Kind}, not ConnectionFailed: {connectorFailure.Message}");
        Assert.True(connectorFailure.IsRetryable, "an unanswered file is not retryable, so the flow would drop a file the partner never stored");
    }
}
