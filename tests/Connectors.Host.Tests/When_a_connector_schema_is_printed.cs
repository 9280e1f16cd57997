using Connectors.Host.Tests.Fixtures;
using NJsonSchema;

namespace Connectors.Host.Tests;

public sealed class When_a_connector_schema_is_printed
{
    [Fact]
    public async Task It_is_a_valid_json_schema_of_the_connector_properties()
    {
        using var workspace = new Workspace();

        var result = await ConnectorsCommand.RunAsync(workspace.Args("schema", "sample-sender"));

        Assert.True(result.ExitCode == 0, $"schema should succeed:{Environment.NewLine}{result.All}");
        var schema = await JsonSchema.FromJsonAsync(result.Output);
        Assert.True(schema.Properties.ContainsKey("connectionName"), $"the schema should describe connectionName:{Environment.NewLine}{result.Output}");
        Assert.True(schema.RequiredProperties.Contains("connectionName"), $"connectionName should be required:{Environment.NewLine}{result.Output}");
        Assert.True(schema.Title == "Sample sender", $"the schema's title should come from the properties record, not '{schema.Title}'");
        Assert.True(schema.Validate("""{ "connectionName": "partner-a" }""").Count == 0, "valid properties should pass the printed schema");
        Assert.True(schema.Validate("""{ "connectionName": "partner-a", "colour": "red" }""").Count > 0, "an unknown property should fail the printed schema");
    }
}
