using Connectors.Sdk.Conformance;

namespace Connectors.Oftp2.Tests.Conformance;

public sealed class When_an_oftp2_connector_is_cancelled
{
    [Fact]
    public async Task The_sender_stops_within_a_second_while_connecting()
    {
        await using var adapter = new Oftp2SenderAdapter();
        await CancellationConformance.SenderStopsWhileConnectingAsync(adapter);
    }

    [Fact]
    public async Task The_sender_stops_within_a_second_while_waiting_for_an_answer()
    {
        await using var adapter = new Oftp2SenderAdapter();
        await CancellationConformance.SenderStopsWhileWaitingForAnswerAsync(adapter);
    }

    [Fact]
    public async Task The_receiver_stops_within_a_second()
    {
        await using var adapter = new Oftp2ReceiverAdapter();
        await CancellationConformance.ReceiverStopsAsync(adapter);
    }
}
