namespace Connectors.Sdk.Testing;

/// <summary>The stages a connection test walks through, in order.</summary>
public enum ConnectionTestStageName
{
    /// <summary>Load the profile and resolve its secrets and the host name.</summary>
    Resolve,

    /// <summary>Open the TCP connection.</summary>
    Connect,

    /// <summary>Negotiate TLS and validate the partner's certificate.</summary>
    Tls,

    /// <summary>Present identity and credentials.</summary>
    Authenticate,

    /// <summary>Open a protocol session and close it again.</summary>
    Session,
}
