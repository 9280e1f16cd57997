using Connectors.Ota.Tests.Adapters;
using Connectors.Sdk.Conformance;

namespace Connectors.Ota.Tests.Conformance;

public sealed class When_the_sender_logs
{
    [Fact]
    public async Task No_log_entry_shows_a_password()
    {
        await using var adapter = new OtaSenderAdapter();
        await SecretConformance.AbsentFromLogsAsync(adapter);
    }
}
