namespace Connectors.Mft.Tests.Endpoints.Fixtures;

/// <summary>
/// Tests that measure the managed heap, with servers of their own: they run alone, so no other test's
/// buffers (an S3 upload holds 64 MB of parts) are counted as theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeapMeasurementCollection : ICollectionFixture<RemoteServersFixture>
{
    public const string Name = "heap measurement";
}
