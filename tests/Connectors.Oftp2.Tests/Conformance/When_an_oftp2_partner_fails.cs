using Connectors.Sdk.Conformance;

namespace Connectors.Oftp2.Tests.Conformance;

public sealed class When_an_oftp2_partner_fails
{
    [Fact]
    public async Task A_refused_connection_is_a_retryable_connection_failure()
    {
        await using var adapter = new Oftp2SenderAdapter();
        await ErrorConformance.RefusedConnectionIsConnectionFailedAsync(adapter);
    }

    [Fact]
    public async Task Wrong_credentials_are_an_authentication_failure_not_retried()
    {
        await using var adapter = new Oftp2SenderAdapter();
        await ErrorConformance.WrongCredentialsAreAuthenticationAsync(adapter);
    }

    [Fact]
    public async Task A_silent_partner_is_a_timeout()
    {
        await using var adapter = new Oftp2SenderAdapter();
        await ErrorConformance.SilentPartnerIsTimeoutAsync(adapter);
    }
}
