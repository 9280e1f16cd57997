using Connectors.Ota.Tests.Adapters;
using Connectors.Sdk.Conformance;

namespace Connectors.Ota.Tests.Conformance;

public sealed class When_a_valid_profile_is_tested
{
    [Fact]
    public async Task Every_stage_it_does_not_skip_passes()
    {
        await using var adapter = new OtaSenderAdapter();
        await ConnectionTestConformance.ValidProfilePassesAsync(adapter);
    }
}
