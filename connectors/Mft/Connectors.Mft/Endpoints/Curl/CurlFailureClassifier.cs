using Connectors.Sdk.Errors;

namespace Connectors.Mft.Endpoints.Curl;

/// <summary>
/// Turns what libcurl reports into the error an operator can act on: the network (retryable), the
/// credentials, a missing or refused path, or the server breaking the protocol. TLS and host-key failures
/// differ between FTP and SFTP, so each endpoint classifies those itself first.
/// </summary>
internal static class CurlFailureClassifier
{
    private static readonly string[] AddressKeys = ["/host", "/port"];
    private static readonly string[] TimeoutKeys = ["/network/connectTimeoutSeconds", "/network/responseTimeoutSeconds"];

    public static ConnectorException Classify(CurlOutcome outcome, string endpoint, RemotePath? path, IReadOnlyList<string> credentialKeys)
    {
        var detail = outcome.ErrorText;
        var subject = path is null ? endpoint : $"'{path}' on {endpoint}";
        return outcome.Code switch
        {
            CurlCode.CouldNotResolveHost => new ConnectorException(
                ConnectorErrorKind.ConnectionFailed, $"{endpoint}: the host name cannot be resolved ({detail}); check /host.", propertyKeys: ["/host"]),
            CurlCode.CouldNotConnect => new ConnectorException(
                ConnectorErrorKind.ConnectionFailed, $"{endpoint}: cannot connect — the server refused the connection or cannot be reached ({detail}); check /host and /port, and that the server is running.", propertyKeys: AddressKeys),
            CurlCode.OperationTimedOut => new ConnectorException(
                ConnectorErrorKind.Timeout, $"{endpoint}: the server did not answer in time ({detail}).", propertyKeys: TimeoutKeys),
            CurlCode.LoginDenied => new ConnectorException(
                ConnectorErrorKind.Authentication, $"{endpoint}: the server refused the login ({detail}); check {string.Join(", ", credentialKeys)}.", propertyKeys: credentialKeys),
            CurlCode.RemoteFileNotFound or CurlCode.FtpCouldNotRetrieveFile => new ConnectorException(
                ConnectorErrorKind.Configuration, $"{subject} does not exist ({detail})."),
            CurlCode.BadDownloadResume => new ConnectorException(
                ConnectorErrorKind.Configuration, $"{subject} cannot be read from that offset: the file is shorter ({detail})."),
            CurlCode.RemoteAccessDenied => new ConnectorException(
                ConnectorErrorKind.RejectedByPartner, $"{subject}: the server refused access — the folder may not exist, or the user may lack the rights ({detail}).", propertyKeys: ["/root"]),
            CurlCode.QuoteError or CurlCode.UploadFailed => new ConnectorException(
                ConnectorErrorKind.RejectedByPartner, $"{subject}: the server refused the operation ({detail})."),
            CurlCode.SendError or CurlCode.ReceiveError or CurlCode.GotNothing or CurlCode.PartialFile or CurlCode.Ssh
                or CurlCode.FtpAcceptFailed or CurlCode.FtpWeirdPasvReply or CurlCode.FtpWeird227Format or CurlCode.FtpCannotGetHost
                or CurlCode.FtpPortFailed or CurlCode.FtpPreTransferFailed => new ConnectorException(
                ConnectorErrorKind.ConnectionFailed, $"{subject}: the connection failed ({detail})."),
            _ => new ConnectorException(
                ConnectorErrorKind.ProtocolViolation, $"{subject}: libcurl failed with code {(int)outcome.Code} ({detail})."),
        };
    }
}
