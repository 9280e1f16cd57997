using Connectors.Ota.Profiles;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Sdk.Hosting.Catalog;
using Connectors.Sdk.Hosting.Operations;
using Connectors.Sdk.Hosting.Schemas;
using Newtonsoft.Json.Linq;

namespace Connectors.Ota.Tests.Sending;

public sealed class When_a_profile_is_loaded_from_a_file
{
    private readonly ProfileLoader _loader = new([ProfileTypeRegistration.For(typeof(OtaProfile))]);

    [Fact]
    public void The_protocol_type_is_written_as_on_the_wire()
    {
        var (entry, findings) = _loader.Load("supplier-b", """{ "type": "ota", "protocolAddress": "https://b.example/ota", "protocolType": "OTAHS-ATCH", "username": "B", "password": "b-password-1" }""", "supplier-b.json");

        Assert.True(entry is not null, $"the profile was refused: {string.Join("; ", findings)}");
        Assert.True(((OtaProfile)entry!.Profile).ProtocolType == OtaProtocolType.OtahsAtch, $"OTAHS-ATCH was read as {((OtaProfile)entry.Profile).ProtocolType}");
    }

    [Fact]
    public void A_profile_without_a_protocol_type_gets_HTTPS_OXTA_and_the_schema_says_so_in_a_value_it_accepts()
    {
        var (entry, findings) = _loader.Load("supplier-c", """{ "type": "ota", "protocolAddress": "https://c.example/ota", "username": "C", "password": "c-password-1" }""", "supplier-c.json");
        var schema = JObject.Parse(ConnectorSchemaGenerator.ForProfile(typeof(OtaProfile)).ToJson());
        var declaredDefault = (string?)schema["properties"]?["protocolType"]?["default"];

        Assert.True(entry is not null, $"the profile was refused: {string.Join("; ", findings)}");
        Assert.True(((OtaProfile)entry!.Profile).ProtocolType == OtaProtocolType.HttpsOxta, $"the default protocol type is {((OtaProfile)entry.Profile).ProtocolType}");
        Assert.True(declaredDefault == "HTTPS-OXTA", $"the schema's default protocol type is '{declaredDefault}', which a designer would prefill and the schema would refuse");
    }

    [Fact]
    public void A_protocol_type_this_implementation_does_not_speak_is_refused_by_the_schema()
    {
        var (entry, findings) = _loader.Load("supplier-d", """{ "type": "ota", "protocolAddress": "mailto:d@example", "protocolType": "SMTP", "username": "D", "password": "d-password-1" }""", "supplier-d.json");

        Assert.True(entry is null, "a profile of protocol type SMTP was loaded");
        Assert.True(findings.Any(f => f.Pointer == "/protocolType"), $"the refusal does not point at /protocolType: {string.Join("; ", findings)}");
    }
}
