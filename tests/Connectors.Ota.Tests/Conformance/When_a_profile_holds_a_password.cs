using Connectors.Ota.Tests.Adapters;
using Connectors.Sdk.Conformance;

namespace Connectors.Ota.Tests.Conformance;

public sealed class When_a_profile_holds_a_password
{
    [Fact]
    public async Task The_schema_marks_it_secret()
    {
        await using var adapter = new OtaSenderAdapter();
        await SchemaConformance.SecretsAreMarkedAsync(adapter);
    }

    [Fact]
    public async Task The_receiver_schema_marks_it_secret_too()
    {
        await using var adapter = new OtaReceiverAdapter();
        await SchemaConformance.SecretsAreMarkedAsync(adapter);
    }

    [Fact]
    public async Task No_ToString_shows_it()
    {
        await using var sender = new OtaSenderAdapter();
        await SecretConformance.AbsentFromToStringAsync(sender);
        await using var receiver = new OtaReceiverAdapter();
        await SecretConformance.AbsentFromToStringAsync(receiver);
    }
}
