using Connectors.Sdk.Conformance;
using Connectors.Sdk.Testing.Tests.Adapters;
using Connectors.Sdk.Testing.Tests.Broken;
using Connectors.Sdk.Testing.Tests.Fixtures;

namespace Connectors.Sdk.Testing.Tests.KitCatches;

public sealed class When_a_connector_logs_its_password
{
    [Fact]
    public async Task The_log_check_fails_even_for_a_debug_line()
    {
        await using var adapter = new BrokenSenderAdapter<PasswordLoggingSender>("password-logging-sender");

        var message = await CheckFailure.MessageOfAsync(() => SecretConformance.AbsentFromLogsAsync(adapter));

        Assert.True(message.Contains("appears in a log entry", StringComparison.Ordinal), $"the check failed for another reason: {message}");
        Assert.True(message.Contains("Debug", StringComparison.Ordinal), $"the failure does not name the level of the leaking line: {message}");
        Assert.False(message.Contains(SampleCredentialsForTests.Password, StringComparison.Ordinal), "the failure message itself shows the password it caught");
    }
}
