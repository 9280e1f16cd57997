using Connectors.Ota.Tests.Adapters;
using Connectors.Sdk.Conformance;

namespace Connectors.Ota.Tests.Conformance;

public sealed class When_the_schemas_are_generated
{
    [Fact]
    public async Task Every_sender_and_profile_property_is_described()
    {
        await using var adapter = new OtaSenderAdapter();
        await SchemaConformance.EveryPropertyIsDescribedAsync(adapter);
    }

    [Fact]
    public async Task Every_receiver_property_is_described()
    {
        await using var adapter = new OtaReceiverAdapter();
        await SchemaConformance.EveryPropertyIsDescribedAsync(adapter);
    }
}
