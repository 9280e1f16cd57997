using Connectors.Sdk.Conformance;
using Connectors.Sdk.Testing.Tests.Adapters;

namespace Connectors.Sdk.Testing.Tests.Conformance;

public sealed class When_cancelled_while_connecting
{
    [Fact]
    public async Task The_sender_stops_within_a_second()
    {
        await using var adapter = new SampleSenderAdapter();
        await CancellationConformance.SenderStopsWhileConnectingAsync(adapter);
    }
}
