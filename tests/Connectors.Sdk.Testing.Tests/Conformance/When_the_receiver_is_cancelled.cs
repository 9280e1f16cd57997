using Connectors.Sdk.Conformance;
using Connectors.Sdk.Testing.Tests.Adapters;

namespace Connectors.Sdk.Testing.Tests.Conformance;

public sealed class When_the_receiver_is_cancelled
{
    [Fact]
    public async Task It_stops_listening_within_a_second()
    {
        await using var adapter = new SampleReceiverAdapter();
        await CancellationConformance.ReceiverStopsAsync(adapter);
    }
}
