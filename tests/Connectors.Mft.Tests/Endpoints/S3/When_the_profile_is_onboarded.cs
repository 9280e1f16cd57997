using Connectors.Mft.Profiles;
using Connectors.Sdk.Hosting.Json;
using Connectors.Sdk.Hosting.Schemas;

namespace Connectors.Mft.Tests.Endpoints.S3;

public sealed class When_the_profile_is_onboarded
{
    [Fact]
    public void Its_json_binds_and_its_schema_describes_every_property_and_marks_the_secret()
    {
        var profile = ConnectorJson.Deserialize<S3EndpointProfile>("""
            { "type": "mft-s3", "serviceUrl": "http://127.0.0.1:9000", "region": "eu-central-1", "bucket": "inbound",
              "accessKeyId": "AKIDEXAMPLE", "secretAccessKey": "env:S3_SECRET", "forcePathStyle": true, "root": "partners/acme" }
            """);

        Assert.True(profile is { Bucket: "inbound", Region: "eu-central-1", ForcePathStyle: true, Root: "partners/acme" }, "the profile's fields must bind from camelCase JSON");
        Assert.True(profile.SecretAccessKey.Source == "env:S3_SECRET", $"the secret must stay a reference, but is {profile.SecretAccessKey.Source}");

        var schema = ConnectorSchemaGenerator.ForProfile(typeof(S3EndpointProfile));
        Assert.True(schema.Properties["type"].Enumeration.Single() as string == "mft-s3", "the schema's type must be mft-s3");
        var undescribed = schema.Properties.Where(p => p.Key != "type" && (string.IsNullOrEmpty(p.Value.Title) || string.IsNullOrEmpty(p.Value.Description))).Select(p => p.Key).ToList();
        Assert.True(undescribed.Count == 0, $"every property must have a title and description, but these lack one: {string.Join(", ", undescribed)}");
        Assert.True(schema.Properties["secretAccessKey"].ExtensionData?[ConnectorSchemaGenerator.SecretExtension] is true, "the secret access key must be marked as a secret");
    }
}
