namespace Connectors.Mft.Tests.Endpoints.RemoteFixtures;

/// <summary>The S3 tests share one s3rver; each opens its own key prefix.</summary>
[CollectionDefinition(Name)]
public sealed class S3rverCollection : ICollectionFixture<S3rverProcess>
{
    public const string Name = "s3rver";
}
