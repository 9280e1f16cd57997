using System.Globalization;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Protocol.Status;
using Connectors.Sdk.Errors;

namespace Connectors.Ota.Sending;

/// <summary>
/// Turns the partner's answer into the sender's verdict. For the OTA protocol proper only HTTP 200 with
/// STATUS_CODE 1000 is delivered; a straight post (HTTP, HTTPS and their ATCH types) goes to a plain web
/// server, where any 2xx without a STATUS_CODE is. 2xxx codes, 5xx and throttling are retried; refused
/// credentials and wrong addresses throw at once; other 3xxx codes are the partner's rejection.
/// </summary>
internal static class OtaAnswerClassifier
{
    private static readonly string[] CredentialKeys = ["/username", "/password"];

    public static OtaAttemptResult Classify(OtaPartnerAnswer answer, OtaTarget target)
    {
        var partner = target.Description;
        if (answer.StatusCode is { } code)
        {
            return OtaStatusCodes.CategoryOf(code) switch
            {
                OtaStatusCategory.Success when answer.HttpStatus == 200 || (!target.ProtocolType.IsGuaranteed() && IsSuccess(answer.HttpStatus)) =>
                    new OtaAttemptResult(true, code, answer.Description ?? OtaStatusCodes.Ok.Description, answer.ReceiptId),
                OtaStatusCategory.Success => throw OtaSendFailures.PartnerStatus(
                    ConnectorErrorKind.PartnerUnavailable, partner, code, $"STATUS_CODE 1000 came with HTTP {answer.HttpStatus}, which does not confirm delivery"),
                OtaStatusCategory.Retryable => throw OtaSendFailures.PartnerStatus(ConnectorErrorKind.PartnerUnavailable, partner, code, answer.Description),
                OtaStatusCategory.Authentication => throw OtaSendFailures.PartnerStatus(ConnectorErrorKind.Authentication, partner, code, answer.Description, CredentialKeys),
                _ => new OtaAttemptResult(false, code, answer.Description ?? OtaStatusCodes.Find(code)?.Description ?? "refused", null),
            };
        }

        return answer.HttpStatus switch
        {
            >= 200 and < 300 when !target.ProtocolType.IsGuaranteed() => new OtaAttemptResult(true, OtaStatusCodes.Ok.Code, $"HTTP {answer.HttpStatus}", answer.ReceiptId),
            >= 200 and < 300 => throw new ConnectorException(
                ConnectorErrorKind.ProtocolViolation,
                $"{partner} answered HTTP {answer.HttpStatus} without a STATUS_CODE; a {target.ProtocolType.WireName()} address must be an OTA server",
                propertyKeys: [OtaSendFailures.AddressKey, OtaSendFailures.ProtocolTypeKey]),
            401 or 403 => throw new ConnectorException(
                ConnectorErrorKind.Authentication,
                $"{partner} refused the credentials (HTTP {answer.HttpStatus})",
                propertyKeys: [.. CredentialKeys, "/digest"]),
            404 or 405 or 410 => throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"{partner} does not take OTA posts there (HTTP {answer.HttpStatus}); check the protocol address",
                propertyKeys: [OtaSendFailures.AddressKey]),
            408 or 425 or 429 or >= 500 => throw new ConnectorException(
                ConnectorErrorKind.PartnerUnavailable,
                $"{partner} is not taking posts now (HTTP {answer.HttpStatus})"),
            _ => new OtaAttemptResult(false, answer.HttpStatus, $"HTTP {answer.HttpStatus.ToString(CultureInfo.InvariantCulture)}{(answer.Description is null ? string.Empty : " " + answer.Description)}", null),
        };
    }

    private static bool IsSuccess(int httpStatus) => httpStatus is >= 200 and < 300;
}
