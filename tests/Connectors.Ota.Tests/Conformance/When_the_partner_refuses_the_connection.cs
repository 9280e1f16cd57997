using Connectors.Ota.Tests.Adapters;
using Connectors.Sdk.Conformance;

namespace Connectors.Ota.Tests.Conformance;

public sealed class When_the_partner_refuses_the_connection
{
    [Fact]
    public async Task The_send_fails_as_a_retryable_connection_failure()
    {
        await using var adapter = new OtaSenderAdapter();
        await ErrorConformance.RefusedConnectionIsConnectionFailedAsync(adapter);
    }

    [Fact]
    public async Task The_connection_test_fails_at_the_connect_stage()
    {
        await using var adapter = new OtaSenderAdapter();
        await ConnectionTestConformance.RefusedConnectionFailsAtConnectAsync(adapter);
    }
}
