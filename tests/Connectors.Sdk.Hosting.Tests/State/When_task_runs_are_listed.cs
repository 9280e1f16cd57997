namespace Connectors.Sdk.Hosting.Tests.State;

public abstract class When_task_runs_are_listed(IStateStoreBackend backend) : StateStoreContract(backend)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var now = Clock.GetUtcNow();
        await Store.Checkpoints.CreateRunAsync(Samples.Run("invoices-monday", "invoices", now.AddDays(-2)), None);
        await Store.Checkpoints.CreateRunAsync(Samples.Run("orders-tuesday", "orders", now.AddDays(-1)), None);
        await Store.Checkpoints.CreateRunAsync(Samples.Run("invoices-wednesday", "invoices", now), None);
        await Store.Checkpoints.CreateRunAsync(Samples.Run("invoices-sunday", "invoices", now.AddDays(-3)), None);
    }

    [Fact]
    public async Task The_newest_run_comes_first()
    {
        var runs = await Store.Checkpoints.ListRunsAsync(null, 10, None);

        Expect.Sequence(
            ["invoices-wednesday", "orders-tuesday", "invoices-monday", "invoices-sunday"],
            runs.Select(run => run.RunId),
            "runs should be listed newest first");
    }

    [Fact]
    public async Task Only_runs_of_the_asked_task_are_listed()
    {
        var runs = await Store.Checkpoints.ListRunsAsync("invoices", 10, None);

        Expect.Sequence(["invoices-wednesday", "invoices-monday", "invoices-sunday"], runs.Select(run => run.RunId), "listing a task's runs gave runs of another task");
    }

    [Fact]
    public async Task The_list_stops_at_the_limit()
    {
        var runs = await Store.Checkpoints.ListRunsAsync("invoices", 2, None);

        Expect.Sequence(["invoices-wednesday", "invoices-monday"], runs.Select(run => run.RunId), "the list should hold the newest runs up to the limit");
    }

    [Fact]
    public async Task Runs_started_at_the_same_moment_list_the_later_created_first()
    {
        var now = Clock.GetUtcNow();
        await Store.Checkpoints.CreateRunAsync(Samples.Run("orders-a", "orders", now.AddDays(1)), None);
        await Store.Checkpoints.CreateRunAsync(Samples.Run("orders-b", "orders", now.AddDays(1)), None);

        var runs = await Store.Checkpoints.ListRunsAsync("orders", 2, None);

        Expect.Sequence(["orders-b", "orders-a"], runs.Select(run => run.RunId), "of two runs started together, the one created last should come first");
    }
}

public sealed class When_task_runs_are_listed_on_sqlite() : When_task_runs_are_listed(new SqliteBackend());

[Collection(PostgresCollection.Name)]
public sealed class When_task_runs_are_listed_on_postgres(PostgresServer server) : When_task_runs_are_listed(new PostgresBackend(server));
