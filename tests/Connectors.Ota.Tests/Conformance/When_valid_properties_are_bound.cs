using Connectors.Ota.Tests.Adapters;
using Connectors.Sdk.Conformance;

namespace Connectors.Ota.Tests.Conformance;

public sealed class When_valid_properties_are_bound
{
    [Fact]
    public async Task The_sender_properties_and_profile_pass_their_schemas()
    {
        await using var adapter = new OtaSenderAdapter();
        await SchemaConformance.ValidPropertiesAndProfilesAreAcceptedAsync(adapter);
    }

    [Fact]
    public async Task The_receiver_properties_and_account_profile_pass_their_schemas()
    {
        await using var adapter = new OtaReceiverAdapter();
        await SchemaConformance.ValidPropertiesAndProfilesAreAcceptedAsync(adapter);
    }
}
