using System.Collections.Frozen;

namespace Connectors.Ota.Protocol.Status;

/// <summary>
/// Oracle's table of OTA status codes: 1000 success, 2xxx the receiver's trouble (retry), 3xxx a refused
/// request, 4xxx the sender's own failures. Codes of the e-mail request (33xx, 41xx) are not served here.
/// </summary>
public static class OtaStatusCodes
{
    public static readonly OtaStatus Ok = new(1000, "OK", "Request handled successfully", OtaStatusCategory.Success);
    public static readonly OtaStatus DatabaseUnavailable = new(2000, "ECX_OXTA_DB_UNAVAIL", "Database unavailable", OtaStatusCategory.Retryable);
    public static readonly OtaStatus ServerError = new(2001, "ECX_OXTA_SERVER_ERR", "Unexpected server-side error; the client should retry", OtaStatusCategory.Retryable);
    public static readonly OtaStatus BadRequest = new(3000, "ECX_OXTA_BAD_REQ", "Bad request: TRANSPORT_PROTOCOL, TRANSPORT_PROTOCOL_VERSION or MESSAGE_TYPE missing or wrong", OtaStatusCategory.Rejected);
    public static readonly OtaStatus UnknownMessageType = new(3001, "ECX_OXTA_UNKNOWN_REQ", "Invalid value for MESSAGE_TYPE", OtaStatusCategory.Rejected);
    public static readonly OtaStatus CredentialsMissing = new(3002, "ECX_OXTA_AUTH_MISSVAL", "Incomplete credentials: username or password not available", OtaStatusCategory.Authentication);
    public static readonly OtaStatus AuthenticationFailed = new(3003, "ECX_OXTA_AUTH_FAILURE", "Authentication failure", OtaStatusCategory.Authentication);
    public static readonly OtaStatus VersionNotSupported = new(3004, "ECX_OXTA_PROTCL_NOTSUPP", "Transport protocol version not supported by the server", OtaStatusCategory.Rejected);
    public static readonly OtaStatus PayloadMissing = new(3005, "ECX_OXTA_PAYLOAD_NULL", "Message has no payload", OtaStatusCategory.Rejected);
    public static readonly OtaStatus SendParametersMissing = new(3100, "ECX_OXTA_SEND_MISSVAL", "Required parameters for the SEND request are missing", OtaStatusCategory.Rejected);
    public static readonly OtaStatus ContentLengthMissing = new(3101, "ECX_OXTA_LEN_MISS", "Content-Length not set in the request header", OtaStatusCategory.Rejected);
    public static readonly OtaStatus ContentTooLarge = new(3102, "ECX_OXTA_LEN_TOOLARGE", "Content larger than declared in the Content-Length header", OtaStatusCategory.Rejected);
    public static readonly OtaStatus Auth2ParametersMissing = new(3200, "ECX_OXTA_AUTH2_MISSVAL", "Parameter missing for the AUTH2 request", OtaStatusCategory.Authentication);
    public static readonly OtaStatus Auth2Failed = new(3201, "ECX_OXTA_AUTH2_FAILURE", "AUTH2 request failed", OtaStatusCategory.Authentication);
    public static readonly OtaStatus UnknownProtocolType = new(4000, "ECX_OXTA_UNKNOWN_PROTCL", "Invalid protocol type for the SEND request", OtaStatusCategory.SenderFailure);
    public static readonly OtaStatus Timeout = new(4001, "ECX_OXTA_TIMEOUT", "Time out for this transport request reached", OtaStatusCategory.SenderFailure);
    public static readonly OtaStatus ClientError = new(4002, "ECX_OXTA_CLIENT_ERR", "Unexpected client-side exception", OtaStatusCategory.SenderFailure);
    public static readonly OtaStatus MaximumAttemptsExceeded = new(4003, "ECX_OXTA_MAX_ATTEMPTS", "Exceeded the maximum number of attempts for transport", OtaStatusCategory.SenderFailure);

    private static readonly FrozenDictionary<int, OtaStatus> ByCode = new[]
    {
        Ok, DatabaseUnavailable, ServerError, BadRequest, UnknownMessageType, CredentialsMissing, AuthenticationFailed,
        VersionNotSupported, PayloadMissing, SendParametersMissing, ContentLengthMissing, ContentTooLarge,
        Auth2ParametersMissing, Auth2Failed, UnknownProtocolType, Timeout, ClientError, MaximumAttemptsExceeded,
    }.ToFrozenDictionary(s => s.Code);

    /// <summary>Every code of the table, in ascending order.</summary>
    public static IReadOnlyList<OtaStatus> All { get; } = ByCode.Values.OrderBy(s => s.Code).ToList();

    /// <summary>The row of <paramref name="code"/>, or null for a code the table does not have.</summary>
    public static OtaStatus? Find(int code) => ByCode.GetValueOrDefault(code);

    /// <summary>
    /// What a sender does about a code, also one the table lacks: the thousands say who is at fault,
    /// so an unknown 2xxx is retried and an unknown 3xxx is a refusal.
    /// </summary>
    public static OtaStatusCategory CategoryOf(int code) => Find(code)?.Category ?? (code / 1000) switch
    {
        1 => OtaStatusCategory.Rejected,
        2 => OtaStatusCategory.Retryable,
        3 => OtaStatusCategory.Rejected,
        _ => OtaStatusCategory.SenderFailure,
    };
}
