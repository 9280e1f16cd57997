using Connectors.Sdk.Conformance;
using Connectors.Sdk.Testing.Tests.Broken;
using Connectors.Sdk.Testing.Tests.Fixtures;

namespace Connectors.Sdk.Testing.Tests.KitCatches;

public sealed class When_a_connector_ignores_cancellation
{
    [Fact]
    public async Task The_cancellation_check_fails_while_waiting_for_an_answer()
    {
        await using var adapter = new BrokenSenderAdapter<CancellationIgnoringSender>("cancellation-ignoring-sender");

        var message = await CheckFailure.MessageOfAsync(() => CancellationConformance.SenderStopsWhileWaitingForAnswerAsync(adapter));

        Assert.True(message.Contains("still running", StringComparison.Ordinal), $"the check failed for another reason: {message}");
    }

    [Fact]
    public async Task The_cancellation_check_fails_while_connecting()
    {
        await using var adapter = new BrokenSenderAdapter<CancellationIgnoringSender>("cancellation-ignoring-sender");

        var message = await CheckFailure.MessageOfAsync(() => CancellationConformance.SenderStopsWhileConnectingAsync(adapter));

        Assert.True(message.Contains("still running", StringComparison.Ordinal), $"the check failed for another reason: {message}");
    }
}
