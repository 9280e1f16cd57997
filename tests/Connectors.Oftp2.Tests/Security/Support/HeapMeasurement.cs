namespace Connectors.Oftp2.Tests.Security.Support;

/// <summary>Tests that measure the heap run alone, so no other test's allocations are counted.</summary>
[CollectionDefinition(nameof(HeapMeasurement), DisableParallelization = true)]
public sealed class HeapMeasurement;
