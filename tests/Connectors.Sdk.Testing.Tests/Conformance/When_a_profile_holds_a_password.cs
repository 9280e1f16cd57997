using Connectors.Sdk.Conformance;
using Connectors.Sdk.Testing.Tests.Adapters;

namespace Connectors.Sdk.Testing.Tests.Conformance;

public sealed class When_a_profile_holds_a_password
{
    [Fact]
    public async Task The_schema_marks_it_secret_and_write_only()
    {
        await using var adapter = new SampleSenderAdapter();
        await SchemaConformance.SecretsAreMarkedAsync(adapter);
    }

    [Fact]
    public async Task Printing_the_properties_and_profiles_does_not_show_it()
    {
        await using var sender = new SampleSenderAdapter();
        await using var receiver = new SampleReceiverAdapter();
        await SecretConformance.AbsentFromToStringAsync(sender);
        await SecretConformance.AbsentFromToStringAsync(receiver);
    }
}
