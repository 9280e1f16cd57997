using Connectors.Sdk.Conformance;
using Connectors.Sdk.Testing.Tests.Adapters;

namespace Connectors.Sdk.Testing.Tests.Conformance;

public sealed class When_the_connectors_are_listed
{
    [Fact]
    public async Task The_sample_sender_descriptor_is_complete()
    {
        await using var adapter = new SampleSenderAdapter();
        await DescriptorConformance.IsCompleteAsync(adapter);
    }

    [Fact]
    public async Task The_sample_receiver_descriptor_is_complete()
    {
        await using var adapter = new SampleReceiverAdapter();
        await DescriptorConformance.IsCompleteAsync(adapter);
    }
}
