using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol;

/// <summary>
/// The one error the codec raises for octets that RFC 5024 does not allow. <see cref="Reason"/> is the ESID
/// reason code (RFC 5024 §5.3.11) the session should end with, and <see cref="FieldName"/> names the RFC field
/// at fault. Messages never quote field values, so a password never reaches a log.
/// </summary>
public class OdetteProtocolException : Exception
{
    public OdetteProtocolException()
        : this(EndSessionReason.UnspecifiedAbort, null, "invalid exchange buffer")
    {
    }

    public OdetteProtocolException(string message)
        : this(EndSessionReason.UnspecifiedAbort, null, message)
    {
    }

    public OdetteProtocolException(string message, Exception innerException)
        : this(EndSessionReason.UnspecifiedAbort, null, message, innerException)
    {
    }

    public OdetteProtocolException(EndSessionReason reason, string? fieldName, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
        FieldName = fieldName;
    }

    /// <summary>The ESID reason code that fits the error.</summary>
    public EndSessionReason Reason { get; }

    /// <summary>The RFC 5024 field name (for example <c>SSIDSDEB</c>), or null when the error is not in one field.</summary>
    public string? FieldName { get; }

    /// <summary>
    /// Set when the RFC lets the listener refuse just the file with an SFNA instead of ending the session,
    /// for example an SFID naming a cipher suite this codec does not know (SFNA reason 15).
    /// </summary>
    public StartFileNegativeReason? StartFileAnswer { get; init; }
}
