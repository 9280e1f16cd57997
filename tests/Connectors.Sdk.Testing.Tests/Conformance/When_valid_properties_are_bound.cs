using Connectors.Sdk.Conformance;
using Connectors.Sdk.Testing.Tests.Adapters;

namespace Connectors.Sdk.Testing.Tests.Conformance;

public sealed class When_valid_properties_are_bound
{
    [Fact]
    public async Task The_sample_sender_accepts_them_and_its_profiles()
    {
        await using var adapter = new SampleSenderAdapter();
        await SchemaConformance.ValidPropertiesAndProfilesAreAcceptedAsync(adapter);
    }

    [Fact]
    public async Task The_sample_receiver_accepts_them_and_its_profiles()
    {
        await using var adapter = new SampleReceiverAdapter();
        await SchemaConformance.ValidPropertiesAndProfilesAreAcceptedAsync(adapter);
    }
}
