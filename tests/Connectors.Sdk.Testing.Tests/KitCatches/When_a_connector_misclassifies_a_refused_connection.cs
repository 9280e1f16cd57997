using Connectors.Sdk.Conformance;
using Connectors.Sdk.Testing.Tests.Broken;
using Connectors.Sdk.Testing.Tests.Fixtures;

namespace Connectors.Sdk.Testing.Tests.KitCatches;

public sealed class When_a_connector_misclassifies_a_refused_connection
{
    [Fact]
    public async Task The_classification_check_fails_naming_both_kinds()
    {
        await using var adapter = new BrokenSenderAdapter<MisclassifyingSender>("misclassifying-sender");

        var message = await CheckFailure.MessageOfAsync(() => ErrorConformance.RefusedConnectionIsConnectionFailedAsync(adapter));

        Assert.True(
            message.Contains("classified Authentication, not ConnectionFailed", StringComparison.Ordinal),
            $"the failure does not say which kind it got and which it expected: {message}");
    }
}
