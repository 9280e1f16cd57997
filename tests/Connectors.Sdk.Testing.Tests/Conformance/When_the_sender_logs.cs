using Connectors.Sdk.Conformance;
using Connectors.Sdk.Testing.Tests.Adapters;

namespace Connectors.Sdk.Testing.Tests.Conformance;

public sealed class When_the_sender_logs
{
    [Fact]
    public async Task No_log_entry_of_any_level_shows_a_password()
    {
        await using var adapter = new SampleSenderAdapter();
        await SecretConformance.AbsentFromLogsAsync(adapter);
    }
}
