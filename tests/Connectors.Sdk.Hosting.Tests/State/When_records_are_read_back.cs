using Connectors.Sdk.State;
using Connectors.Sdk.Tasks;

namespace Connectors.Sdk.Hosting.Tests.State;

public abstract class When_records_are_read_back(IStateStoreBackend backend) : StateStoreContract(backend)
{
    /// <summary>Values a naive store would mangle: a date-like text, quotes, non-Latin text, an empty value.</summary>
    private static readonly Dictionary<string, string> AwkwardValues = new()
    {
        ["file-date"] = "2024-02-29T10:11:12Z",
        ["description"] = "Rechnung \"März\" — 請求書",
        ["empty"] = "",
        ["line-breaks"] = "one\r\ntwo",
    };

    private DateTimeOffset At(int minutes) => Clock.GetUtcNow().AddMinutes(minutes);

    [Fact]
    public async Task An_outbound_item_comes_back_as_written()
    {
        var written = new OutboundItem
        {
            Id = "ota-7f3a",
            Channel = "ota-sender",
            Partner = "globex",
            PayloadPath = "/spool/ota-7f3a.xml",
            Headers = AwkwardValues,
            Attempts = 3,
            NextAttemptAt = At(5),
            LastError = "HTTP 503",
            CreatedAt = At(-10),
            UpdatedAt = At(-1),
        };

        await Store.Outbound.EnqueueAsync(written, None);
        var read = Expect.NotNull(await Store.Outbound.GetAsync(written.Id, None), "the enqueued item should be found by its id");

        Expect.SameEntries(written.Headers, read.Headers, "the item's headers should come back exactly");
        Expect.Equal(written, read with { Headers = written.Headers }, "the item should come back exactly as enqueued");
    }

    [Fact]
    public async Task An_outbound_item_with_its_payload_in_the_row_comes_back_with_every_byte()
    {
        var payload = new byte[10_000];
        new Random(5).NextBytes(payload);
        payload[0] = 0;
        var written = new OutboundItem { Id = "ota-in-row", Channel = "ota-sender", Partner = "globex", PayloadPath = "", Payload = payload };

        await Store.Outbound.EnqueueAsync(written, None);
        var read = Expect.NotNull(await Store.Outbound.GetAsync(written.Id, None), "the enqueued item should be found by its id");
        var leased = Expect.NotNull(await Store.Outbound.LeaseNextAsync("ota-sender", "globex", TimeSpan.FromMinutes(1), None), "the item should be leased");

        Expect.True(read.Payload is { } stored && stored.Span.SequenceEqual(payload), "the payload kept in the row should come back byte for byte");
        Expect.True(leased.Payload is { } taken && taken.Span.SequenceEqual(payload), "a leased item should carry its payload");

        await Store.Outbound.MarkSentAsync(written.Id, None);
        var sent = Expect.NotNull(await Store.Outbound.GetAsync(written.Id, None), "a sent item should still be found by its id");
        Expect.True(sent.Payload is null, "a sent item should no longer keep its payload in the row");
    }

    [Fact]
    public async Task An_outbound_item_with_a_spooled_payload_has_none_in_the_row()
    {
        await Store.Outbound.EnqueueAsync(new OutboundItem { Id = "ota-spooled", Channel = "ota-sender", Partner = "globex", PayloadPath = "/spool/x" }, None);
        var read = Expect.NotNull(await Store.Outbound.GetAsync("ota-spooled", None), "the enqueued item should be found by its id");

        Expect.True(read.Payload is null, "an item whose payload is in a file should come back with no payload in the row");
    }

    [Fact]
    public async Task A_delivery_comes_back_as_written()
    {
        var written = Samples.Delivery("corr-1", "ORDERS|240229|101112|O0013000001|O0013000002") with
        {
            Details = AwkwardValues,
            Bytes = 5_000_000_000,
            CreatedAt = At(-3),
        };

        await Store.Deliveries.TrackAsync(written, None);
        var read = Expect.NotNull(await Store.Deliveries.GetAsync("corr-1", None), "the tracked delivery should be found by its correlation id");

        Expect.SameEntries(written.Details, read.Details, "the delivery's details should come back exactly");
        Expect.Equal(written, read with { Details = written.Details }, "the delivery should come back exactly as tracked");
    }

    [Fact]
    public async Task An_inbox_entry_comes_back_as_written()
    {
        var written = Samples.Inbound("delivery-1", "ORDERS|240229|101112|O0013000002") with
        {
            Headers = AwkwardValues,
            Bytes = 7_000_000_000,
            ReceivedAt = At(-2),
        };

        var (committed, _) = await Store.Inbox.CommitAsync(written, None);
        var found = Expect.NotNull(await Store.Inbox.FindAsync(written.Channel, written.Partner, written.DuplicateKey, None), "the committed entry should be found by its duplicate key");

        Expect.SameEntries(written.Headers, found.Headers, "the entry's headers should come back exactly");
        Expect.Equal(written, committed with { Headers = written.Headers }, "the entry returned by the commit should be the entry written");
        Expect.Equal(written, found with { Headers = written.Headers }, "the entry found should be the entry written");
    }

    [Fact]
    public async Task A_task_run_and_its_steps_come_back_as_written()
    {
        var run = Samples.Run("run-1", startedAt: At(-30)) with
        {
            State = TaskRunState.Failed,
            FailedStep = "transfer:invoice-001.xml",
            Error = "connection reset",
            EndedAt = At(-1),
        };
        var step = new StepCheckpoint
        {
            RunId = "run-1",
            Index = 4,
            Step = "transfer:invoice-001.xml",
            State = StepState.Failed,
            InputsJson = """{ "file" : "invoice-001.xml",  "size": 10 }""",
            OutputsJson = """{"sha256":"abc"}""",
            Bytes = 6_000_000_000,
            Offset = 5_999_999_999,
            Error = "connection reset",
            StartedAt = At(-20),
            EndedAt = At(-2),
        };

        await Store.Checkpoints.CreateRunAsync(run, None);
        await Store.Checkpoints.SaveStepAsync(step, None);

        Expect.Equal(run, await Store.Checkpoints.GetRunAsync("run-1", None), "the run should come back exactly as created");
        Expect.Sequence([step], await Store.Checkpoints.GetStepsAsync("run-1", None), "the checkpoint should come back exactly as saved, its JSON untouched");
    }

    [Fact]
    public async Task A_job_log_line_comes_back_as_written()
    {
        var line = new JobLogEntry
        {
            RunId = "run-1",
            Step = "transfer:invoice-001.xml",
            Level = JobLogLevel.Warning,
            Message = "resumed at byte 4096",
            File = "invoice-001.xml",
            Bytes = 8_000_000_000,
            BytesPerSecond = 12_345_678.9,
            At = At(-1),
        };

        await Store.JobLog.AppendAsync(line, None);
        var read = await Store.JobLog.ReadAsync("run-1", 0, None);

        Expect.Sequence([line], read.Select(entry => entry.Entry), "the job log line should come back exactly as written");
    }

    [Fact]
    public async Task Times_keep_the_millisecond_and_come_back_in_utc()
    {
        // 23:59:59.9999999 at +02:00 is 21:59:59.999 UTC, once the ticks below the millisecond are dropped.
        var local = new DateTimeOffset(2031, 6, 30, 23, 59, 59, 999, TimeSpan.FromHours(2)).AddTicks(9_999);
        var expected = new DateTimeOffset(2031, 6, 30, 21, 59, 59, 999, TimeSpan.Zero);

        await Store.Outbound.EnqueueAsync(Samples.Outbound("timed") with { NextAttemptAt = local, CreatedAt = local, UpdatedAt = local }, None);
        var read = Expect.NotNull(await Store.Outbound.GetAsync("timed", None), "the item should be found");

        Expect.Equal(expected.UtcTicks, read.NextAttemptAt.UtcTicks, "a time should come back to the millisecond, the finer ticks dropped");
        Expect.Equal(TimeSpan.Zero, read.NextAttemptAt.Offset, "a time should come back in UTC");
        Expect.Equal(expected.UtcTicks, read.CreatedAt.UtcTicks, "the creation time should come back to the millisecond");
    }

    [Fact]
    public async Task Creation_times_left_unset_take_the_store_clock()
    {
        var now = Clock.GetUtcNow();

        await Store.Outbound.EnqueueAsync(Samples.Outbound("unstamped"), None);
        await Store.Deliveries.TrackAsync(Samples.Delivery("corr-1", "key"), None);
        var (entry, _) = await Store.Inbox.CommitAsync(Samples.Inbound("delivery-1", "key"), None);
        await Store.Checkpoints.CreateRunAsync(Samples.Run("run-1"), None);
        await Store.Checkpoints.SaveStepAsync(Samples.Step("run-1", 0, "list"), None);
        await Store.JobLog.AppendAsync(Samples.Line("run-1", "started"), None);

        var item = await Store.Outbound.GetAsync("unstamped", None);
        Expect.Equal(now, item?.CreatedAt, "an item's creation time should be stamped when left unset");
        Expect.Equal(now, item?.UpdatedAt, "an item's update time should be stamped when left unset");
        Expect.Equal(now, item?.NextAttemptAt, "an item left without a next attempt time should be due at once");
        Expect.Equal(now, (await Store.Deliveries.GetAsync("corr-1", None))?.CreatedAt, "a delivery's creation time should be stamped when left unset");
        Expect.Equal(now, entry.ReceivedAt, "an inbox entry's reception time should be stamped when left unset");
        Expect.Equal(now, (await Store.Checkpoints.GetRunAsync("run-1", None))?.StartedAt, "a run's start should be stamped when left unset");
        Expect.Equal(now, (await Store.Checkpoints.GetStepsAsync("run-1", None)).Single().StartedAt, "a step's start should be stamped when left unset");
        Expect.Equal(now, (await Store.JobLog.ReadAsync("run-1", 0, None)).Single().Entry.At, "a log line's time should be stamped when left unset");
    }
}

public sealed class When_records_are_read_back_on_sqlite() : When_records_are_read_back(new SqliteBackend());

[Collection(PostgresCollection.Name)]
public sealed class When_records_are_read_back_on_postgres(PostgresServer server) : When_records_are_read_back(new PostgresBackend(server));
