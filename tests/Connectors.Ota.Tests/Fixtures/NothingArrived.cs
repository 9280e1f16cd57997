namespace Connectors.Ota.Tests.Fixtures;

/// <summary>Asserts that a refused post left no trace in what the flow sees.</summary>
public static class NothingArrived
{
    public static async Task AssertAsync(RunningOtaReceiver receiver, string situation)
    {
        var committed = await receiver.CommittedAsync();
        Assert.True(committed.Count == 0, $"{situation}: the flow's inbox committed {committed.Count} messages; nothing should have been enqueued");
        Assert.True(receiver.DeliveredFiles().Length == 0, $"{situation}: the flow's folder holds {receiver.DeliveredFiles().Length} files; nothing should have been stored");
    }
}
