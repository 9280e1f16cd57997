using Connectors.Sdk.Testing;

namespace Connectors.Sdk.Connectors;

/// <summary>
/// Implemented by connectors that can try a connection profile stage by stage: resolve, connect,
/// TLS, authenticate, open a session, then close. A failed stage names the profile keys to fix.
/// </summary>
public interface IConnectionTester
{
    /// <summary>The profile type (its <c>type</c> id) this tester understands.</summary>
    string ProfileTypeId { get; }

    /// <summary>Tests the named profile from the operations store; never throws for a failed stage.</summary>
    Task<ConnectionTestResult> TestConnectionAsync(string profileName, CancellationToken cancellationToken);
}
