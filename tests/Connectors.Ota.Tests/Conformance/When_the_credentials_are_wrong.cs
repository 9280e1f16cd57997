using Connectors.Ota.Tests.Adapters;
using Connectors.Sdk.Conformance;

namespace Connectors.Ota.Tests.Conformance;

public sealed class When_the_credentials_are_wrong
{
    [Fact]
    public async Task The_send_fails_as_an_authentication_failure_that_is_not_retried()
    {
        await using var adapter = new OtaSenderAdapter();
        await ErrorConformance.WrongCredentialsAreAuthenticationAsync(adapter);
    }

    [Fact]
    public async Task The_connection_test_fails_at_the_authenticate_stage()
    {
        await using var adapter = new OtaSenderAdapter();
        await ConnectionTestConformance.WrongCredentialsFailAtAuthenticateAsync(adapter);
    }
}
