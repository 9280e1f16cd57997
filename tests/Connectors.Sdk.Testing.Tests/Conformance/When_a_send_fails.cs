using Connectors.Sdk.Conformance;
using Connectors.Sdk.Testing.Tests.Adapters;

namespace Connectors.Sdk.Testing.Tests.Conformance;

public sealed class When_a_send_fails
{
    [Fact]
    public async Task No_exception_shows_a_password()
    {
        await using var adapter = new SampleSenderAdapter();
        await SecretConformance.AbsentFromExceptionsAsync(adapter);
    }
}
