using Connectors.Mft.Profiles;
using Connectors.Sdk.Hosting.Json;
using Connectors.Sdk.Hosting.Schemas;

namespace Connectors.Mft.Tests.Endpoints.Http;

public sealed class When_the_profile_is_onboarded
{
    [Fact]
    public void Its_json_binds_and_its_schema_describes_every_property_and_marks_the_secret()
    {
        var profile = ConnectorJson.Deserialize<HttpEndpointProfile>("""
            { "type": "mft-http", "baseUrl": "https://files.example.com/exchange/", "user": "acme", "password": "file:/run/secrets/acme",
              "root": "inbound", "network": { "connectTimeoutSeconds": 10, "responseTimeoutSeconds": 30 } }
            """);

        Assert.True(profile is { BaseUrl: "https://files.example.com/exchange/", User: "acme", Root: "inbound" }, "the profile's fields must bind from camelCase JSON");
        Assert.True(profile.Password?.Source == "file:/run/secrets/acme", $"the password must stay a reference, but is {profile.Password?.Source}");
        Assert.True(profile.Network.ResponseTimeoutSeconds == 30, "the network settings must bind");

        var schema = ConnectorSchemaGenerator.ForProfile(typeof(HttpEndpointProfile));
        Assert.True(schema.Properties["type"].Enumeration.Single() as string == "mft-http", "the schema's type must be mft-http");
        var undescribed = schema.Properties.Where(p => p.Key != "type" && (string.IsNullOrEmpty(p.Value.Title) || string.IsNullOrEmpty(p.Value.Description))).Select(p => p.Key).ToList();
        Assert.True(undescribed.Count == 0, $"every property must have a title and description, but these lack one: {string.Join(", ", undescribed)}");
        Assert.True(schema.Properties["password"].ExtensionData?[ConnectorSchemaGenerator.SecretExtension] is true, "the password must be marked as a secret");
    }
}
