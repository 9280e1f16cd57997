using Connectors.Sdk.Testing;

namespace Connectors.Sdk.Connectors;

/// <summary>Implemented by connectors that can try a profile's connection stage by stage.</summary>
/// <typeparam name="TProperties">The connector's properties record.</typeparam>
public interface IConnectionTester<in TProperties>
    where TProperties : class
{
    /// <summary>Resolves, connects, secures, authenticates and opens a session, timing each stage, then closes.</summary>
    Task<ConnectionTestResult> TestConnectionAsync(TProperties properties, CancellationToken cancellationToken);
}
