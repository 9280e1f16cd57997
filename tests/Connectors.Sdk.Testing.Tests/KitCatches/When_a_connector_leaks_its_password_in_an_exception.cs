using Connectors.Sdk.Conformance;
using Connectors.Sdk.Testing.Tests.Adapters;
using Connectors.Sdk.Testing.Tests.Broken;
using Connectors.Sdk.Testing.Tests.Fixtures;

namespace Connectors.Sdk.Testing.Tests.KitCatches;

public sealed class When_a_connector_leaks_its_password_in_an_exception
{
    [Fact]
    public async Task The_exception_check_fails_without_repeating_the_password()
    {
        await using var adapter = new BrokenSenderAdapter<LeakingSender>("leaking-sender");

        var message = await CheckFailure.MessageOfAsync(() => SecretConformance.AbsentFromExceptionsAsync(adapter));

        Assert.True(message.Contains("appears in the exception of", StringComparison.Ordinal), $"the check failed for another reason: {message}");
        Assert.True(message.Contains("leaking-sender", StringComparison.Ordinal), $"the failure does not name the connector: {message}");
        Assert.False(message.Contains(SampleCredentialsForTests.Password, StringComparison.Ordinal), "the failure message itself shows the password it caught");
        Assert.False(message.Contains(SampleCredentialsForTests.WrongPassword, StringComparison.Ordinal), "the failure message itself shows the wrong password it caught");
    }
}
