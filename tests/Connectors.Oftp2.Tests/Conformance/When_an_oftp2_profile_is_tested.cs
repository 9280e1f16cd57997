using Connectors.Sdk.Conformance;

namespace Connectors.Oftp2.Tests.Conformance;

public sealed class When_an_oftp2_profile_is_tested
{
    [Fact]
    public async Task A_valid_profile_passes_every_stage()
    {
        await using var adapter = new Oftp2SenderAdapter();
        await ConnectionTestConformance.ValidProfilePassesAsync(adapter);
    }

    [Fact]
    public async Task A_refused_connection_fails_at_connect()
    {
        await using var adapter = new Oftp2SenderAdapter();
        await ConnectionTestConformance.RefusedConnectionFailsAtConnectAsync(adapter);
    }

    [Fact]
    public async Task Wrong_credentials_fail_at_authenticate()
    {
        await using var adapter = new Oftp2SenderAdapter();
        await ConnectionTestConformance.WrongCredentialsFailAtAuthenticateAsync(adapter);
    }
}
