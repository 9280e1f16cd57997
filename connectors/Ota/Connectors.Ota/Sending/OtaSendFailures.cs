using System.Globalization;
using Connectors.Ota.Protocol.Status;
using Connectors.Sdk.Errors;

namespace Connectors.Ota.Sending;

/// <summary>
/// How the sender's failures read: each names the partner and the profile keys to look at, and the
/// OTA status code (the partner's, or the sender's own 4xxx) where there is one. None quotes a password.
/// </summary>
internal static class OtaSendFailures
{
    public const string AddressKey = "/protocolAddress";
    public const string ProtocolTypeKey = "/protocolType";

    /// <summary>Where a failure carries its OTA status code, for the audit log.</summary>
    private const string StatusCodeData = "OtaStatusCode";

    /// <summary>The OTA status code a failure stands for: the partner's, or the sender's own; 4002 when it has none.</summary>
    public static int CodeOf(ConnectorException failure) =>
        failure.Data[StatusCodeData] is int code ? code : OtaStatusCodes.ClientError.Code;

    public static ConnectorException Configuration(string message, params string[] keys) =>
        new(ConnectorErrorKind.Configuration, message, propertyKeys: keys);

    /// <summary>4000: the protocol type does not fit the address, or the address is not one to post to.</summary>
    public static ConnectorException UnknownProtocolType(string profile, string problem) =>
        Coded(
            new(
                ConnectorErrorKind.Configuration,
                $"OTA {OtaStatusCodes.UnknownProtocolType.Code}: profile '{profile}': {problem}",
                propertyKeys: [AddressKey, ProtocolTypeKey]),
            OtaStatusCodes.UnknownProtocolType.Code);

    /// <summary>4001: no connection or no answer within the profile's timeouts.</summary>
    public static ConnectorException TimedOut(string partner, string what, TimeSpan timeout, string key, Exception? inner = null) =>
        Coded(
            new(
                ConnectorErrorKind.Timeout,
                $"OTA {OtaStatusCodes.Timeout.Code}: {partner} {what} within {timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s",
                inner,
                propertyKeys: [key]),
            OtaStatusCodes.Timeout.Code);

    /// <summary>4002: the exchange failed on the way (refused, reset, cut short).</summary>
    public static ConnectorException ClientError(ConnectorErrorKind kind, string partner, string what, Exception? inner, params string[] keys) =>
        Coded(new(kind, $"OTA {OtaStatusCodes.ClientError.Code}: {partner} {what}", inner, propertyKeys: keys), OtaStatusCodes.ClientError.Code);

    /// <summary>The partner's own code in a failure: 2xxx (retry later) or a refused credential.</summary>
    public static ConnectorException PartnerStatus(ConnectorErrorKind kind, string partner, int code, string? description, params string[] keys) =>
        Coded(
            new(
                kind,
                $"{partner} answered STATUS_CODE {code}: {description ?? OtaStatusCodes.Find(code)?.Description ?? "no description"}",
                propertyKeys: keys,
                partnerReasonCode: code.ToString(CultureInfo.InvariantCulture)),
            code);

    /// <summary>4003: the last attempt failed too; the message stays in the queue, marked failed.</summary>
    public static ConnectorException MaximumAttemptsExceeded(string messageId, int attempts, ConnectorException last) =>
        Coded(
            new(
                last.Kind,
                $"OTA {OtaStatusCodes.MaximumAttemptsExceeded.Code}: message {messageId} was not delivered in {attempts} attempt{(attempts == 1 ? string.Empty : "s")} " +
                $"and is kept in the outbound queue as failed; the last attempt: {last.Message}",
                last,
                isRetryable: last.IsRetryable,
                propertyKeys: last.PropertyKeys,
                partnerReasonCode: last.PartnerReasonCode),
            OtaStatusCodes.MaximumAttemptsExceeded.Code);

    private static ConnectorException Coded(ConnectorException failure, int code)
    {
        failure.Data[StatusCodeData] = code;
        return failure;
    }
}
