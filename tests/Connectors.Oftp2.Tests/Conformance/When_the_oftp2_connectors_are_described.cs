using Connectors.Sdk.Conformance;

namespace Connectors.Oftp2.Tests.Conformance;

public sealed class When_the_oftp2_connectors_are_described
{
    [Fact]
    public async Task Their_descriptors_are_complete()
    {
        await using var sender = new Oftp2SenderAdapter();
        await using var receiver = new Oftp2ReceiverAdapter();
        await DescriptorConformance.IsCompleteAsync(sender);
        await DescriptorConformance.IsCompleteAsync(receiver);
    }

    [Fact]
    public async Task Every_property_is_described_and_every_secret_marked()
    {
        await using var sender = new Oftp2SenderAdapter();
        await using var receiver = new Oftp2ReceiverAdapter();
        await SchemaConformance.EveryPropertyIsDescribedAsync(sender);
        await SchemaConformance.EveryPropertyIsDescribedAsync(receiver);
        await SchemaConformance.SecretsAreMarkedAsync(sender);
        await SchemaConformance.SecretsAreMarkedAsync(receiver);
        await SchemaConformance.ValidPropertiesAndProfilesAreAcceptedAsync(sender);
        await SchemaConformance.ValidPropertiesAndProfilesAreAcceptedAsync(receiver);
    }
}
