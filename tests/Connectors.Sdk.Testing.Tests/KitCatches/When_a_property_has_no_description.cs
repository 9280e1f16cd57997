using Connectors.Sdk.Conformance;
using Connectors.Sdk.Testing.Tests.Broken;
using Connectors.Sdk.Testing.Tests.Fixtures;

namespace Connectors.Sdk.Testing.Tests.KitCatches;

public sealed class When_a_property_has_no_description
{
    [Fact]
    public async Task The_schema_check_names_its_pointer()
    {
        await using var adapter = new UndescribedSenderAdapter();

        var message = await CheckFailure.MessageOfAsync(() => SchemaConformance.EveryPropertyIsDescribedAsync(adapter));

        Assert.True(message.Contains("/priority in the properties schema has no title", StringComparison.Ordinal), $"the failure does not name the undescribed property: {message}");
        Assert.True(message.Contains("/priority in the properties schema has no description", StringComparison.Ordinal), $"the failure does not name the missing description: {message}");
        Assert.False(message.Contains("/connectionName", StringComparison.Ordinal), $"the failure blames a property that is described: {message}");
    }
}
