using System.Text;
using Connectors.Sdk.Hosting.Sinks;
using Connectors.Sdk.Hosting.State.Sqlite;
using Connectors.Sdk.Messages;

namespace Connectors.Sdk.Hosting.Tests.Sinks;

/// <summary>A folder sink over a real SQLite state store in a temporary folder.</summary>
internal sealed class SinkFixture : IAsyncDisposable
{
    private SinkFixture(string root, SqliteStateStore store)
    {
        Root = root;
        Store = store;
    }

    public string Root { get; }

    public string Deliveries => Path.Combine(Root, "inbox");

    public SqliteStateStore Store { get; private set; }

    public static async Task<SinkFixture> CreateAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "sink-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return new SinkFixture(root, await OpenStore(root));
    }

    public Task<FolderSink> OpenSinkAsync() => FolderSink.OpenAsync(Deliveries, "test-receiver", Store.Inbox, CancellationToken.None);

    /// <summary>Closes and reopens the database, as a restarted process would.</summary>
    public async Task RestartAsync()
    {
        await Store.DisposeAsync();
        Store = await OpenStore(Root);
    }

    public static ConnectorMessage Message(string fileName, string content, string? duplicateKey, string partner = "partner-a") =>
        new(new MemoryStream(Encoding.UTF8.GetBytes(content)), new MessageHeaders { FileName = fileName, Partner = partner, DuplicateKey = duplicateKey });

    public string[] DeliveredFiles() =>
        Directory.EnumerateFiles(Deliveries, "*", SearchOption.AllDirectories)
            .Where(p => !p.Contains(Path.DirectorySeparatorChar + ".incoming" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(Deliveries, p))
            .Order(StringComparer.Ordinal)
            .ToArray();

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }

    private static Task<SqliteStateStore> OpenStore(string root) =>
        SqliteStateStore.OpenAsync(new SqliteStateStoreOptions { DatabasePath = Path.Combine(root, "state.db") }, null, CancellationToken.None);
}
