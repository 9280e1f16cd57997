using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Security;

/// <summary>
/// A challenge of secure authentication (RFC 5024 §4.2.3) that cannot be answered. <see cref="EndSessionReason"/>
/// is the ESID reason to end the session with (§5.3.11).
/// </summary>
public class SecureAuthenticationException : Exception
{
    public SecureAuthenticationException()
        : this("secure authentication failed")
    {
    }

    public SecureAuthenticationException(string message)
        : this(message, null)
    {
    }

    public SecureAuthenticationException(string message, Exception? innerException)
        : this(EndSessionReason.SecureAuthenticationRequirementsIncompatible, message, innerException)
    {
    }

    public SecureAuthenticationException(EndSessionReason reason, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        EndSessionReason = reason;
    }

    /// <summary>ESID 12 (requirements incompatible) when we hold no certificate the challenge was made for.</summary>
    public EndSessionReason EndSessionReason { get; }
}
