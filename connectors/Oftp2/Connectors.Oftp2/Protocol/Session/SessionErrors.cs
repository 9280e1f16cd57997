using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>The session's own protocol errors, with the ESID reason the §9 tables give them.</summary>
internal static class SessionErrors
{
    /// <summary>
    /// A command the state does not accept: the 'B', 'C' and 'L' entries of the tables of §9.8 to §9.12, which all
    /// send ESID 02.
    /// </summary>
    public static OdetteProtocolException Unexpected(CommandCode code, SessionState state) =>
        new(
            EndSessionReason.ProtocolViolation,
            code.GetName(),
            $"{code.GetName()} is not valid in {state} (RFC 5024 §9)");

    /// <summary>Another protocol violation, described.</summary>
    public static OdetteProtocolException Violation(string fieldName, string detail) =>
        new(EndSessionReason.ProtocolViolation, fieldName, $"{fieldName}: {detail}");

    /// <summary>A DATA buffer above the negotiated SSIDSDEB (ESID 07, §5.3.11).</summary>
    public static OdetteProtocolException DataBufferTooLarge(int length, int bufferSize) =>
        new(
            EndSessionReason.ExchangeBufferSizeError,
            "DATA",
            $"DATA: an exchange buffer of {length} octets exceeds the negotiated SSIDSDEB of {bufferSize}");

    /// <summary>The ESIDREAST for a protocol error: the RFC's wording, and the field at fault when known.</summary>
    public static string ReasonText(OdetteProtocolException exception) => exception switch
    {
        SessionAbortException abort => abort.ReasonText,
        { FieldName: { } field } => $"{exception.Reason.Describe()} ({field})",
        _ => exception.Reason.Describe(),
    };

    /// <summary>The command an exchange buffer starts with, for the text of a violation.</summary>
    public static OdetteProtocolException Unexpected(ReadOnlySpan<byte> exchangeBuffer, SessionState state) =>
        Unexpected(CommandCodes.Peek(exchangeBuffer), state);
}
