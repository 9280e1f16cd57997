using Connectors.Sdk.Conformance;
using Connectors.Sdk.Testing.Tests.Adapters;

namespace Connectors.Sdk.Testing.Tests.Conformance;

public sealed class When_the_schemas_are_generated
{
    [Fact]
    public async Task Every_sample_sender_property_is_described()
    {
        await using var adapter = new SampleSenderAdapter();
        await SchemaConformance.EveryPropertyIsDescribedAsync(adapter);
    }

    [Fact]
    public async Task Every_sample_receiver_property_is_described()
    {
        await using var adapter = new SampleReceiverAdapter();
        await SchemaConformance.EveryPropertyIsDescribedAsync(adapter);
    }
}
