using Connectors.Oftp2.Exchange;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Protocol.Session;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;
using Connectors.Sdk.State;

namespace Connectors.Oftp2.Sending;

/// <summary>Turns how a session ended, and what happened to our file in it, into a receipt or a classified error.</summary>
internal static class SessionResult
{
    public static async Task<SendReceipt> ToReceiptAsync(SessionOutcome outcome, OutboundFileState file, IDeliveryTracker deliveries, long bytes, CancellationToken cancellationToken)
    {
        if (file.Refusal is StartFileNegativeAnswer { RetryLater: true } retry)
        {
            throw new ConnectorException(
                ConnectorErrorKind.PartnerUnavailable,
                $"the partner cannot take the file now (SFNA {(int)retry.Reason:D2} {retry.Reason.Describe()}, retry later): {retry.ReasonText}",
                partnerReasonCode: $"SFNA{(int)retry.Reason:D2}");
        }

        switch (file.Refusal)
        {
            case StartFileNegativeAnswer sfna:
                return SendReceipt.Rejected(file.CorrelationId, $"SFNA{(int)sfna.Reason:D2}", Text(sfna.Reason.Describe(), sfna.ReasonText));
            case EndFileNegativeAnswer efna:
                return SendReceipt.Rejected(file.CorrelationId, $"EFNA{(int)efna.Reason:D2}", Text(efna.Reason.Describe(), efna.ReasonText));
        }

        if (!file.Accepted)
        {
            throw FailureOf(outcome);
        }

        var delivery = await deliveries.GetAsync(file.CorrelationId, cancellationToken).ConfigureAwait(false);
        return delivery?.State switch
        {
            DeliveryState.Delivered => SendReceipt.Delivered(file.CorrelationId, bytes),
            DeliveryState.Rejected => SendReceipt.Rejected(file.CorrelationId, delivery.ReasonCode ?? "NERP", delivery.Reason ?? "the partner sent a negative end response"),

            // The partner has the file, most likely, but its receipt proves nothing: never reported as delivered.
            DeliveryState.AcknowledgementInvalid => SendReceipt.Rejected(file.CorrelationId, delivery.ReasonCode ?? "EERP-SIGNATURE", delivery.Reason ?? "the partner's receipt cannot be trusted"),
            _ => SendReceipt.Pending(file.CorrelationId, bytes),
        };
    }

    /// <summary>The error of a session that ended before the partner accepted our file.</summary>
    public static ConnectorException FailureOf(SessionOutcome outcome)
    {
        var code = $"ESID{(int)outcome.Reason:D2}";
        var what = $"{(outcome.EndedByPartner ? "the partner ended" : "we ended")} the session with ESID {(int)outcome.Reason:D2} ({outcome.Reason.Describe()}){(string.IsNullOrEmpty(outcome.ReasonText) ? string.Empty : ": " + outcome.ReasonText)}";
        var (kind, keys) = outcome.Reason switch
        {
            EndSessionReason.UserCodeNotKnown => (ConnectorErrorKind.Authentication, new[] { "/localCode", "/partnerCode" }),
            EndSessionReason.InvalidPassword => (ConnectorErrorKind.Authentication, new[] { "/localPassword", "/partnerPassword" }),
            EndSessionReason.InvalidChallengeResponse or EndSessionReason.SecureAuthenticationRequirementsIncompatible =>
                (ConnectorErrorKind.Authentication, new[] { "/security/secureAuthentication", "/security/localCertificates", "/security/partnerCertificates" }),
            EndSessionReason.TimeOut => (ConnectorErrorKind.Timeout, new[] { "/network/responseTimeoutSeconds" }),
            EndSessionReason.ResourcesNotAvailable or EndSessionReason.LocalSiteEmergencyCloseDown => (ConnectorErrorKind.PartnerUnavailable, Array.Empty<string>()),
            EndSessionReason.ModeOrCapabilitiesIncompatible => (ConnectorErrorKind.Configuration, new[] { "/session" }),
            EndSessionReason.NormalTermination => (ConnectorErrorKind.ProtocolViolation, Array.Empty<string>()),
            _ => (ConnectorErrorKind.ProtocolViolation, Array.Empty<string>()),
        };
        if (outcome.Reason == EndSessionReason.NormalTermination)
        {
            what = "the session ended before the partner accepted the file";
        }

        return new ConnectorException(kind, what, propertyKeys: keys, partnerReasonCode: code);
    }

    private static string Text(string description, string reasonText) =>
        string.IsNullOrWhiteSpace(reasonText) ? description : $"{description}: {reasonText}";
}
