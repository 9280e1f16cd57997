using Connectors.Sdk.Conformance;

namespace Connectors.Oftp2.Tests.Conformance;

public sealed class When_oftp2_secrets_could_leak
{
    [Fact]
    public async Task No_password_shows_in_records_exceptions_logs_or_receipts()
    {
        await using var sender = new Oftp2SenderAdapter();
        await using var receiver = new Oftp2ReceiverAdapter();
        await SecretConformance.AbsentFromToStringAsync(sender);
        await SecretConformance.AbsentFromToStringAsync(receiver);
        await SecretConformance.AbsentFromExceptionsAsync(sender);
        await SecretConformance.AbsentFromLogsAsync(sender);
        await SecretConformance.AbsentFromReceiptsAsync(sender);
    }
}
