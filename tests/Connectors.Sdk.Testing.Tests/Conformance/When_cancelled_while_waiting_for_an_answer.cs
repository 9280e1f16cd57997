using Connectors.Sdk.Conformance;
using Connectors.Sdk.Testing.Tests.Adapters;

namespace Connectors.Sdk.Testing.Tests.Conformance;

public sealed class When_cancelled_while_waiting_for_an_answer
{
    [Fact]
    public async Task The_sender_stops_within_a_second()
    {
        await using var adapter = new SampleSenderAdapter();
        await CancellationConformance.SenderStopsWhileWaitingForAnswerAsync(adapter);
    }
}
