using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol;

/// <summary>Builds the <see cref="OdetteProtocolException"/> for each kind of fault, with the ESID reason RFC 5024 gives it.</summary>
internal static class ProtocolErrors
{
    /// <summary>ESID 01: the first octet is no command identifier (§5.3.11).</summary>
    public static OdetteProtocolException UnknownCommand(string detail) =>
        new(EndSessionReason.CommandNotRecognised, null, $"Exchange buffer {detail}: command not recognised (RFC 5024 §5.3.11 reason 01)");

    /// <summary>ESID 02: octets the RFC forbids in the session's current terms (§5.3.11).</summary>
    public static OdetteProtocolException Violation(string? fieldName, string detail) =>
        new(EndSessionReason.ProtocolViolation, fieldName, $"{Prefix(fieldName)}{detail} (RFC 5024 §5.3.11 reason 02)");

    /// <summary>ESID 06: a field holds invalid data (§5.3.11).</summary>
    public static OdetteProtocolException InvalidData(string fieldName, string detail) =>
        new(EndSessionReason.CommandContainedInvalidData, fieldName, $"{fieldName} {detail} (RFC 5024 §5.3.11 reason 06)");

    /// <summary>ESID 07: the buffer length differs from the length its command implies (§5.3.11).</summary>
    public static OdetteProtocolException SizeError(string? fieldName, string detail) =>
        new(EndSessionReason.ExchangeBufferSizeError, fieldName, $"{Prefix(fieldName)}{detail} (RFC 5024 §5.3.11 reason 07)");

    private static string Prefix(string? fieldName) => fieldName is null ? "" : fieldName + ": ";
}
