using Connectors.Ota.Tests.Adapters;
using Connectors.Sdk.Conformance;

namespace Connectors.Ota.Tests.Conformance;

public sealed class When_a_receipt_is_returned
{
    [Fact]
    public async Task It_shows_no_password()
    {
        await using var adapter = new OtaSenderAdapter();
        await SecretConformance.AbsentFromReceiptsAsync(adapter);
    }
}
