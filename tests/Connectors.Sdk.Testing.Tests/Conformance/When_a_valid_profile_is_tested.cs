using Connectors.Sdk.Conformance;
using Connectors.Sdk.Testing.Tests.Adapters;

namespace Connectors.Sdk.Testing.Tests.Conformance;

public sealed class When_a_valid_profile_is_tested
{
    [Fact]
    public async Task Every_stage_that_applies_passes()
    {
        await using var adapter = new SampleSenderAdapter();
        await ConnectionTestConformance.ValidProfilePassesAsync(adapter);
    }
}
