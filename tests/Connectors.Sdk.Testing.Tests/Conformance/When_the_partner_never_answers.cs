using Connectors.Sdk.Conformance;
using Connectors.Sdk.Testing.Tests.Adapters;

namespace Connectors.Sdk.Testing.Tests.Conformance;

public sealed class When_the_partner_never_answers
{
    [Fact]
    public async Task The_send_times_out_as_the_profile_says()
    {
        await using var adapter = new SampleSenderAdapter();
        await ErrorConformance.SilentPartnerIsTimeoutAsync(adapter);
    }
}
