using Connectors.Ota.Tests.Adapters;
using Connectors.Sdk.Conformance;

namespace Connectors.Ota.Tests.Conformance;

public sealed class When_a_send_fails
{
    [Fact]
    public async Task No_exception_shows_a_password()
    {
        await using var adapter = new OtaSenderAdapter();
        await SecretConformance.AbsentFromExceptionsAsync(adapter);
    }
}
