using Connectors.Ota.Tests.Adapters;
using Connectors.Sdk.Conformance;

namespace Connectors.Ota.Tests.Conformance;

public sealed class When_the_descriptors_are_read
{
    [Fact]
    public async Task The_sender_descriptor_is_complete()
    {
        await using var adapter = new OtaSenderAdapter();
        await DescriptorConformance.IsCompleteAsync(adapter);
    }

    [Fact]
    public async Task The_receiver_descriptor_is_complete()
    {
        await using var adapter = new OtaReceiverAdapter();
        await DescriptorConformance.IsCompleteAsync(adapter);
    }
}
