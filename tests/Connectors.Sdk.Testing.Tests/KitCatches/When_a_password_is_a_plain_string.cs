using Connectors.Sdk.Conformance;
using Connectors.Sdk.Testing.Tests.Adapters;
using Connectors.Sdk.Testing.Tests.Broken;
using Connectors.Sdk.Testing.Tests.Fixtures;

namespace Connectors.Sdk.Testing.Tests.KitCatches;

public sealed class When_a_password_is_a_plain_string
{
    [Fact]
    public async Task The_schema_check_finds_it_unmarked()
    {
        await using var adapter = new PlainPasswordSenderAdapter();

        var message = await CheckFailure.MessageOfAsync(() => SchemaConformance.SecretsAreMarkedAsync(adapter));

        Assert.True(message.Contains("/password of the profile holds a secret but the schema does not mark it", StringComparison.Ordinal), $"the failure does not name the unmarked property: {message}");
        Assert.False(message.Contains(SampleCredentialsForTests.Password, StringComparison.Ordinal), "the failure message itself shows the password it caught");
    }

    [Fact]
    public async Task The_to_string_check_finds_it_printed()
    {
        await using var adapter = new PlainPasswordSenderAdapter();

        var message = await CheckFailure.MessageOfAsync(() => SecretConformance.AbsentFromToStringAsync(adapter));

        Assert.True(message.Contains("appears in the ToString() of its profile PlainPasswordProfile", StringComparison.Ordinal), $"the check failed for another reason: {message}");
        Assert.False(message.Contains(SampleCredentialsForTests.Password, StringComparison.Ordinal), "the failure message itself shows the password it caught");
    }
}
