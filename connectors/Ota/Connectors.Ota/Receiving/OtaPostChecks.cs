using Connectors.Ota.Protocol.Envelope;
using Connectors.Ota.Protocol.Status;
using Microsoft.AspNetCore.Http;

namespace Connectors.Ota.Receiving;

/// <summary>The checks of a post that need no credentials: HTTP framing before the body is read, the transport fields after.</summary>
internal static class OtaPostChecks
{
    /// <summary>Method, Content-Length and size limit, judged from the request line and headers alone; null when they pass.</summary>
    public static OtaAnswer? BeforeBody(HttpRequest request, long maxContentBytes)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return new OtaAnswer(StatusCodes.Status405MethodNotAllowed, OtaStatusCodes.BadRequest, "Only POST is served here");
        }

        if (request.ContentLength is not { } length)
        {
            return new OtaAnswer(StatusCodes.Status411LengthRequired, OtaStatusCodes.ContentLengthMissing, OtaStatusCodes.ContentLengthMissing.Description);
        }

        return length > maxContentBytes
            ? new OtaAnswer(StatusCodes.Status413PayloadTooLarge, OtaStatusCodes.ContentTooLarge, $"Content of {length} bytes is larger than this receiver accepts ({maxContentBytes} bytes)")
            : null;
    }

    /// <summary>TRANSPORT_PROTOCOL, its version, REQUEST_TYPE and, for SEND, MESSAGE_TYPE; null when they pass.</summary>
    public static OtaAnswer? Transport(OtaEnvelope envelope, IReadOnlySet<string> messageTypes)
    {
        var protocol = envelope.NonEmpty(OtaFieldNames.TransportProtocol);
        if (protocol is null)
        {
            return OtaAnswer.Refuse(OtaStatusCodes.BadRequest, "TRANSPORT_PROTOCOL is missing");
        }

        if (!string.Equals(protocol, OtaTransport.Protocol, StringComparison.OrdinalIgnoreCase))
        {
            return OtaAnswer.Refuse(OtaStatusCodes.BadRequest, $"TRANSPORT_PROTOCOL must be {OtaTransport.Protocol}");
        }

        var version = envelope.NonEmpty(OtaFieldNames.TransportProtocolVersion);
        if (version is null)
        {
            return OtaAnswer.Refuse(OtaStatusCodes.BadRequest, "TRANSPORT_PROTOCOL_VERSION is missing");
        }

        if (version != OtaTransport.Version)
        {
            return OtaAnswer.Refuse(OtaStatusCodes.VersionNotSupported, $"TRANSPORT_PROTOCOL_VERSION {Shorten(version)} is not supported; this server speaks {OtaTransport.Version}");
        }

        var requestType = envelope.RequestType;
        if (string.Equals(requestType, OtaRequestTypes.Auth2, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!string.Equals(requestType, OtaRequestTypes.Send, StringComparison.OrdinalIgnoreCase))
        {
            return OtaAnswer.Refuse(OtaStatusCodes.BadRequest, $"REQUEST_TYPE {Shorten(requestType)} is not served here; SEND and AUTH2 are");
        }

        var messageType = envelope.MessageType;
        if (messageType is null)
        {
            return OtaAnswer.Refuse(OtaStatusCodes.BadRequest, "MESSAGE_TYPE is missing");
        }

        return messageTypes.Contains(messageType)
            ? null
            : OtaAnswer.Refuse(OtaStatusCodes.UnknownMessageType, $"MESSAGE_TYPE {Shorten(messageType)} is not accepted here");
    }

    // Values a partner chose are echoed only briefly, so an answer never carries much of what was sent.
    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
