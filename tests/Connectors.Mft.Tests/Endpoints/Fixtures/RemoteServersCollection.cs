namespace Connectors.Mft.Tests.Endpoints.Fixtures;

/// <summary>The tests that share the FTP, FTPS and SFTP servers; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class RemoteServersCollection : ICollectionFixture<RemoteServersFixture>
{
    public const string Name = "remote servers";
}
