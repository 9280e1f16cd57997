namespace Connectors.Sdk.Errors;

/// <summary>
/// The one exception connectors throw. Its message says what to fix; it never contains a secret.
/// </summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
        : this(ConnectorErrorKind.ProtocolViolation, "connector failed")
    {
    }

    public ConnectorException(string message)
        : this(ConnectorErrorKind.ProtocolViolation, message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : this(ConnectorErrorKind.ProtocolViolation, message, innerException)
    {
    }

    public ConnectorException(
        ConnectorErrorKind kind,
        string message,
        Exception? innerException = null,
        bool? isRetryable = null,
        IReadOnlyList<string>? propertyKeys = null,
        string? partnerReasonCode = null)
        : base(message, innerException)
    {
        Kind = kind;
        IsRetryable = isRetryable ?? IsRetryableByDefault(kind);
        PropertyKeys = propertyKeys ?? [];
        PartnerReasonCode = partnerReasonCode;
    }

    public ConnectorErrorKind Kind { get; }

    /// <summary>Whether trying the same thing again later can succeed.</summary>
    public bool IsRetryable { get; }

    /// <summary>Property or profile keys to look at (JSON pointers), when the fix is there.</summary>
    public IReadOnlyList<string> PropertyKeys { get; }

    /// <summary>The partner's own reason code, when it gave one.</summary>
    public string? PartnerReasonCode { get; }

    /// <summary>Network trouble and a busy partner pass; wrong credentials, content or configuration do not.</summary>
    public static bool IsRetryableByDefault(ConnectorErrorKind kind) => kind switch
    {
        ConnectorErrorKind.ConnectionFailed => true,
        ConnectorErrorKind.Timeout => true,
        ConnectorErrorKind.PartnerUnavailable => true,
        _ => false,
    };
}
