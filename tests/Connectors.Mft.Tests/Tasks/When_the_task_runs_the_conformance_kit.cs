using Connectors.Mft.Tests.Tasks.Fixtures;
using Connectors.Sdk.Conformance;

namespace Connectors.Mft.Tests.Tasks;

public sealed class When_the_task_runs_the_conformance_kit
{
    [Fact]
    public async Task Its_descriptor_is_complete()
    {
        await using var adapter = new MftConformanceAdapter();
        await DescriptorConformance.IsCompleteAsync(adapter);
    }

    [Fact]
    public async Task Every_property_of_its_definition_is_described()
    {
        await using var adapter = new MftConformanceAdapter();
        await SchemaConformance.EveryPropertyIsDescribedAsync(adapter);
    }

    [Fact]
    public async Task A_saved_definition_and_a_key_profile_are_accepted_and_the_passphrase_is_marked_secret()
    {
        await using var adapter = new MftConformanceAdapter();
        await SchemaConformance.ValidPropertiesAndProfilesAreAcceptedAsync(adapter);
        await SchemaConformance.SecretsAreMarkedAsync(adapter);
    }
}
