using Connectors.Sdk.Hosting.Schemas;
using Connectors.Sdk.Hosting.Tests.Fixtures;
using Newtonsoft.Json.Linq;

namespace Connectors.Sdk.Hosting.Tests.Schemas;

public sealed class When_a_profile_schema_is_generated
{
    private readonly JObject _schema = JObject.Parse(ConnectorSchemaGenerator.ForProfile(typeof(SampleProfile)).ToJson());

    [Fact]
    public void Every_property_has_a_title_and_a_description()
    {
        var properties = _schema.SelectTokens("$..properties").OfType<JObject>().SelectMany(p => p.Properties()).ToList();
        Assert.True(properties.Count > 8, $"expected the profile's and its nested records' properties, found {properties.Count}");
        foreach (var property in properties)
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)property.Value["title"]), $"property '{property.Path}' has no title");
            Assert.False(string.IsNullOrWhiteSpace((string?)property.Value["description"]), $"property '{property.Path}' has no description");
        }
    }

    [Fact]
    public void The_secret_is_marked_write_only_and_secret()
    {
        var password = _schema["properties"]!["password"]!;
        Assert.True((bool?)password["x-secret"] == true, "password is not marked x-secret");
        Assert.True((bool?)password["writeOnly"] == true, "password is not marked writeOnly");
        Assert.Equal("string", (string?)password["type"]);
    }

    [Fact]
    public void The_type_field_is_required_and_fixed()
    {
        var required = _schema["required"]!.Values<string>().ToList();
        Assert.Contains("type", required);
        Assert.Equal(["sample"], _schema["properties"]!["type"]!["enum"]!.Values<string>().ToList());
    }

    [Fact]
    public void A_required_property_with_a_default_may_be_left_out()
    {
        var required = _schema["required"]!.Values<string>().ToList();
        Assert.DoesNotContain("realm", required);
        Assert.Equal(1, (int?)_schema["properties"]!["realm"]!["minLength"]);
    }

    [Fact]
    public void Unknown_properties_are_not_allowed()
    {
        Assert.True((bool?)_schema["additionalProperties"] == false, "the root accepts unknown properties, so typos go unnoticed");
    }

    [Fact]
    public void Defaults_ranges_and_enums_come_from_the_annotations()
    {
        var port = _schema["properties"]!["port"]!;
        Assert.Equal(4000, (int?)port["default"]);
        Assert.Equal(1, (int?)port["minimum"]);
        Assert.Equal(65535, (int?)port["maximum"]);
        var mode = _schema.SelectToken("$.definitions.SampleMode.enum")!.Values<string>().ToList();
        Assert.Equal(["Plain", "Secure"], mode);
    }
}
