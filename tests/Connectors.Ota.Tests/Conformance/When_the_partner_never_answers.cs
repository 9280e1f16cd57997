using Connectors.Ota.Tests.Adapters;
using Connectors.Sdk.Conformance;

namespace Connectors.Ota.Tests.Conformance;

public sealed class When_the_partner_never_answers
{
    [Fact]
    public async Task The_send_times_out_soon_after_the_response_timeout()
    {
        await using var adapter = new OtaSenderAdapter();
        await ErrorConformance.SilentPartnerIsTimeoutAsync(adapter);
    }
}
