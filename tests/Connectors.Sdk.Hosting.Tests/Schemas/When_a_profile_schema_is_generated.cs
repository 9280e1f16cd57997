using Connectors.Sdk.Hosting.Schemas;
using Connectors.Sdk.Hosting.Tests.Fixtures;

namespace Connectors.Sdk.Hosting.Tests.Schemas;

public sealed class When_a_profile_schema_is_generated
{
    [Fact]
    public void Dump()
    {
        var schema = ConnectorSchemaGenerator.ForProfile(typeof(SampleProfile));
        File.WriteAllText("/tmp/sample.schema.json", schema.ToJson());
    }
}
