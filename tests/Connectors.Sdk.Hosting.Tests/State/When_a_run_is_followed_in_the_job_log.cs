namespace Connectors.Sdk.Hosting.Tests.State;

public abstract class When_a_run_is_followed_in_the_job_log(IStateStoreBackend backend) : StateStoreContract(backend)
{
    [Fact]
    public async Task Lines_come_back_in_the_order_written()
    {
        foreach (var message in new[] { "started", "listed 3 files", "sent a.xml", "finished" })
        {
            await Store.JobLog.AppendAsync(Samples.Line("run-1", message), None);
        }

        var lines = await Store.JobLog.ReadAsync("run-1", 0, None);

        Expect.Sequence(["started", "listed 3 files", "sent a.xml", "finished"], lines.Select(line => line.Entry.Message), "lines should come back in the order written");
        Expect.True(lines.Zip(lines.Skip(1)).All(pair => pair.First.Sequence < pair.Second.Sequence), "sequence numbers should grow line by line");
    }

    [Fact]
    public async Task Reading_after_a_sequence_gives_only_the_lines_written_since()
    {
        await Store.JobLog.AppendAsync(Samples.Line("run-1", "started"), None);
        await Store.JobLog.AppendAsync(Samples.Line("run-1", "listed 3 files"), None);
        var seen = await Store.JobLog.ReadAsync("run-1", 0, None);

        await Store.JobLog.AppendAsync(Samples.Line("run-1", "sent a.xml"), None);
        var since = await Store.JobLog.ReadAsync("run-1", seen[^1].Sequence, None);
        var nothingNew = await Store.JobLog.ReadAsync("run-1", since[^1].Sequence, None);

        Expect.Sequence(["sent a.xml"], since.Select(line => line.Entry.Message), "following a run should give the lines after the last one seen, and only those");
        Expect.Sequence([], nothingNew.Select(line => line.Entry.Message), "reading after the last line should give nothing");
    }

    [Fact]
    public async Task Lines_of_other_runs_are_left_out()
    {
        await Store.JobLog.AppendAsync(Samples.Line("run-1", "mine"), None);
        await Store.JobLog.AppendAsync(Samples.Line("run-2", "theirs"), None);
        await Store.JobLog.AppendAsync(Samples.Line("run-1", "mine again"), None);

        var lines = await Store.JobLog.ReadAsync("run-1", 0, None);

        Expect.Sequence(["mine", "mine again"], lines.Select(line => line.Entry.Message), "a run's log showed lines of another run");
    }

    [Fact]
    public async Task Lines_written_at_once_each_appear_once()
    {
        var otherHost = await OpenAnotherAsync();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            (i % 2 == 0 ? Store : otherHost).JobLog.AppendAsync(Samples.Line("run-1", $"line {i}"), None))));
        var lines = await Store.JobLog.ReadAsync("run-1", 0, None);

        Expect.Equal(20, lines.Select(line => line.Entry.Message).Distinct().Count(), "every line written at once should appear exactly once");
        Expect.Equal(20, lines.Select(line => line.Sequence).Distinct().Count(), "every line should have a sequence number of its own");
        Expect.True(lines.Zip(lines.Skip(1)).All(pair => pair.First.Sequence < pair.Second.Sequence), "lines should come back in sequence order");
    }
}

public sealed class When_a_run_is_followed_in_the_job_log_on_sqlite() : When_a_run_is_followed_in_the_job_log(new SqliteBackend());

[Collection(PostgresCollection.Name)]
public sealed class When_a_run_is_followed_in_the_job_log_on_postgres(PostgresServer server) : When_a_run_is_followed_in_the_job_log(new PostgresBackend(server));
