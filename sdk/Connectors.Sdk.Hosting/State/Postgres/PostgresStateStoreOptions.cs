namespace Connectors.Sdk.Hosting.State.Postgres;

/// <summary>Which PostgreSQL database and schema hold the shared state, and where payloads are spooled.</summary>
public sealed class PostgresStateStoreOptions
{
    /// <summary>An Npgsql connection string to the database.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>
    /// Schema holding the tables, created when missing: lower-case letters, digits and underscores,
    /// starting with a letter or underscore. Hosts that share state use the same schema.
    /// </summary>
    public string Schema { get; set; } = "connectors";

    /// <summary>Folder for spooled payloads; hosts sharing the database need it on shared storage.</summary>
    public string SpoolDirectory { get; set; } = "";
}
