namespace Connectors.Sdk.Hosting.Tests.State;

/// <summary>The tests that share one PostgreSQL server; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL server";
}
