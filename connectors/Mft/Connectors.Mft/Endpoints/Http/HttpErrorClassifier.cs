using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Endpoints.Http;

/// <summary>Maps HTTP failures — a refused connection, an untrusted certificate, an error status — to the connector's error kinds.</summary>
internal static class HttpErrorClassifier
{
    private static readonly string[] CredentialKeys = ["/user", "/password"];

    public static ConnectorException FromStatus(HttpResponseMessage response, string action, string endpoint)
    {
        var status = (int)response.StatusCode;
        var code = status.ToString(CultureInfo.InvariantCulture);
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new ConnectorException(
                ConnectorErrorKind.Authentication,
                $"{action} failed: {endpoint} refused the credentials (HTTP {code}); check the user and password",
                propertyKeys: CredentialKeys,
                partnerReasonCode: code),
            HttpStatusCode.NotFound or HttpStatusCode.Gone => new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"{action} failed: not found on {endpoint} (HTTP {code}); check the path and the root",
                propertyKeys: ["/root"],
                partnerReasonCode: code),
            HttpStatusCode.RequestTimeout or HttpStatusCode.GatewayTimeout => new ConnectorException(
                ConnectorErrorKind.Timeout,
                $"{action} failed: {endpoint} timed out (HTTP {code})",
                partnerReasonCode: code),
            _ when status >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests => new ConnectorException(
                ConnectorErrorKind.PartnerUnavailable,
                $"{action} failed: {endpoint} is unavailable (HTTP {code} {response.ReasonPhrase})",
                partnerReasonCode: code),
            _ => new ConnectorException(
                ConnectorErrorKind.RejectedByPartner,
                $"{action} failed: {endpoint} refused it (HTTP {code} {response.ReasonPhrase})",
                partnerReasonCode: code),
        };
    }

    public static ConnectorException FromException(Exception error, string action, string endpoint, bool timedOut)
    {
        if (timedOut)
        {
            return new ConnectorException(
                ConnectorErrorKind.Timeout,
                $"{action} failed: {endpoint} did not answer in time",
                error,
                propertyKeys: ["/network/responseTimeoutSeconds"]);
        }

        if (Find<AuthenticationException>(error) is not null)
        {
            return new ConnectorException(
                ConnectorErrorKind.Authentication,
                $"{action} failed: the TLS handshake with {endpoint} failed; the server's certificate is not trusted or does not name the host — add its CA (or itself) to the trusted certificates",
                error,
                propertyKeys: ["/trustedCertificates", "/baseUrl"]);
        }

        if (Find<SocketException>(error) is { } socket)
        {
            return new ConnectorException(
                ConnectorErrorKind.ConnectionFailed,
                $"{action} failed: {endpoint} cannot be reached ({socket.SocketErrorCode}); check the base URL and that the server runs",
                error,
                propertyKeys: ["/baseUrl"]);
        }

        if (error is TaskCanceledException or TimeoutException)
        {
            return new ConnectorException(
                ConnectorErrorKind.Timeout,
                $"{action} failed: connecting to {endpoint} timed out",
                error,
                propertyKeys: ["/network/connectTimeoutSeconds"]);
        }

        return new ConnectorException(
            ConnectorErrorKind.ConnectionFailed,
            $"{action} failed: the connection to {endpoint} failed ({error.GetType().Name})",
            error,
            propertyKeys: ["/baseUrl"]);
    }

    private static T? Find<T>(Exception? error)
        where T : Exception
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is T found)
            {
                return found;
            }
        }

        return null;
    }
}
