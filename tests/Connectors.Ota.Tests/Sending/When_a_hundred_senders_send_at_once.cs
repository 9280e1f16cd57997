using System.Diagnostics;
using System.Globalization;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Tests.Fixtures;
using Connectors.Sdk.Messages;
using Xunit.Abstractions;

namespace Connectors.Ota.Tests.Sending;

public sealed class When_a_hundred_senders_send_at_once(ITestOutputHelper output)
{
    private const int Senders = 100;

    [Fact]
    public async Task Every_document_is_delivered_exactly_once_with_a_receipt_of_its_own()
    {
        await using var receiver = await RunningOtaReceiver.StartAsync();
        await using var sending = await SendingSide.CreateAsync(SendingSide.ProfileFor(receiver.Address, OtaProtocolType.HttpOxta));
        var started = Stopwatch.GetTimestamp();

        var receipts = await Task.WhenAll(Enumerable.Range(1, Senders).Select(i => Task.Run(() => sending.SendAsync(
            $"<PO>{i}</PO>",
            SendingSide.Properties with { DocumentNumber = i.ToString(CultureInfo.InvariantCulture) }))));

        var elapsed = Stopwatch.GetElapsedTime(started);
        output.WriteLine($"{Senders} concurrent sends took {elapsed.TotalSeconds:0.00} s");
        var notDelivered = receipts.Where(r => r.Status != ReceiptStatus.Delivered).ToList();
        Assert.True(notDelivered.Count == 0, $"{notDelivered.Count} of {Senders} documents were not delivered, e.g. {notDelivered.FirstOrDefault()?.Reason}");
        Assert.True(receipts.Select(r => r.PartnerReceiptId).Distinct().Count() == Senders, "two documents were given the same receipt id");
        var committed = await receiver.CommittedAsync();
        Assert.True(committed.Count == Senders, $"the flow committed {committed.Count} documents, not {Senders}");
        Assert.True(committed.Select(c => c.Headers["DOCUMENT_NUMBER"]).Distinct().Count() == Senders, "a document reached the flow twice, or another was lost");
        Assert.True(elapsed < TimeSpan.FromSeconds(60), $"{Senders} concurrent sends took {elapsed.TotalSeconds:0} s");
    }
}
