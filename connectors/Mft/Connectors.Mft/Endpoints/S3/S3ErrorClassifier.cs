using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;
using Amazon.S3;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Endpoints.S3;

/// <summary>Maps what the AWS SDK throws to the connector's error kinds, naming the profile keys to fix.</summary>
internal static class S3ErrorClassifier
{
    private static readonly string[] CredentialKeys = ["/accessKeyId", "/secretAccessKey"];

    public static ConnectorException Classify(Exception error, string action, string endpoint)
    {
        if (error is AmazonS3Exception s3)
        {
            return FromService(s3, action, endpoint);
        }

        if (FindSocketError(error) is { } socket)
        {
            return new ConnectorException(
                ConnectorErrorKind.ConnectionFailed,
                $"{action} failed: {endpoint} cannot be reached ({socket.SocketErrorCode}); check the service URL and that the server runs",
                error,
                propertyKeys: ["/serviceUrl"]);
        }

        if (error is TimeoutException or TaskCanceledException or OperationCanceledException)
        {
            return new ConnectorException(
                ConnectorErrorKind.Timeout,
                $"{action} failed: {endpoint} did not answer in time",
                error,
                propertyKeys: ["/network/responseTimeoutSeconds"]);
        }

        if (error is HttpRequestException or AmazonClientException or IOException)
        {
            return new ConnectorException(
                ConnectorErrorKind.ConnectionFailed,
                $"{action} failed: the connection to {endpoint} failed ({error.GetType().Name})",
                error,
                propertyKeys: ["/serviceUrl"]);
        }

        return new ConnectorException(ConnectorErrorKind.ProtocolViolation, $"{action} failed: {endpoint} answered unexpectedly ({error.GetType().Name})", error);
    }

    private static ConnectorException FromService(AmazonS3Exception error, string action, string endpoint) => error.ErrorCode switch
    {
        "InvalidAccessKeyId" or "SignatureDoesNotMatch" or "AccessDenied" or "InvalidToken" or "ExpiredToken" => new ConnectorException(
            ConnectorErrorKind.Authentication,
            $"{action} failed: {endpoint} refused the credentials ({error.ErrorCode}); check the access key ID and secret access key",
            error,
            propertyKeys: CredentialKeys,
            partnerReasonCode: error.ErrorCode),
        "NoSuchBucket" => new ConnectorException(
            ConnectorErrorKind.Configuration,
            $"{action} failed: the bucket of {endpoint} does not exist; check the bucket name",
            error,
            propertyKeys: ["/bucket"],
            partnerReasonCode: error.ErrorCode),
        "NoSuchKey" or "NotFound" => new ConnectorException(
            ConnectorErrorKind.Configuration,
            $"{action} failed: no such file on {endpoint}",
            error,
            partnerReasonCode: error.ErrorCode),
        _ when error.StatusCode is HttpStatusCode.Forbidden => new ConnectorException(
            ConnectorErrorKind.Authentication,
            $"{action} failed: {endpoint} refused access ({error.ErrorCode ?? "403"}); check the credentials and their permissions",
            error,
            propertyKeys: CredentialKeys,
            partnerReasonCode: error.ErrorCode),
        _ when (int)error.StatusCode >= 500 => new ConnectorException(
            ConnectorErrorKind.PartnerUnavailable,
            $"{action} failed: {endpoint} is unavailable ({error.ErrorCode ?? ((int)error.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)})",
            error,
            partnerReasonCode: error.ErrorCode),
        _ => new ConnectorException(
            ConnectorErrorKind.RejectedByPartner,
            $"{action} failed: {endpoint} refused it ({error.ErrorCode ?? ((int)error.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)})",
            error,
            partnerReasonCode: error.ErrorCode),
    };

    private static SocketException? FindSocketError(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is SocketException socket)
            {
                return socket;
            }
        }

        return null;
    }
}
