using Connectors.Ota.Tests.Adapters;
using Connectors.Sdk.Conformance;

namespace Connectors.Ota.Tests.Conformance;

public sealed class When_cancelled
{
    [Fact]
    public async Task The_sender_stops_within_a_second_while_connecting()
    {
        await using var adapter = new OtaSenderAdapter();
        await CancellationConformance.SenderStopsWhileConnectingAsync(adapter);
    }

    [Fact]
    public async Task The_sender_stops_within_a_second_while_waiting_for_the_answer()
    {
        await using var adapter = new OtaSenderAdapter();
        await CancellationConformance.SenderStopsWhileWaitingForAnswerAsync(adapter);
    }

    [Fact]
    public async Task The_receiver_stops_listening_within_a_second()
    {
        await using var adapter = new OtaReceiverAdapter();
        await CancellationConformance.ReceiverStopsAsync(adapter);
    }
}
