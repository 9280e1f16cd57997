namespace Connectors.Sdk.Hosting.State.Sqlite;

/// <summary>Where the embedded state store keeps its database and spooled payloads.</summary>
public sealed class SqliteStateStoreOptions
{
    /// <summary>Path of the database file; the file and its folder are created when missing.</summary>
    public string DatabasePath { get; set; } = "";

    /// <summary>Folder for spooled payloads; a <c>spool</c> folder next to the database file when not set.</summary>
    public string? SpoolDirectory { get; set; }

    /// <summary>How long a write waits for another writer to finish before it fails.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
