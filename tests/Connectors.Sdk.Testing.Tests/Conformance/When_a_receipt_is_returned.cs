using Connectors.Sdk.Conformance;
using Connectors.Sdk.Testing.Tests.Adapters;

namespace Connectors.Sdk.Testing.Tests.Conformance;

public sealed class When_a_receipt_is_returned
{
    [Fact]
    public async Task It_shows_no_password()
    {
        await using var adapter = new SampleSenderAdapter();
        await SecretConformance.AbsentFromReceiptsAsync(adapter);
    }
}
