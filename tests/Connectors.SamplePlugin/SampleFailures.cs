using System.Net.Sockets;
using Connectors.Sdk.Errors;

namespace Connectors.SamplePlugin;

/// <summary>
/// How the sample sender's failures read: each says where it happened and which profile keys to look
/// at. None quotes a protocol line, since the login line carries the password.
/// </summary>
internal static class SampleFailures
{
    public static ConnectorException ConnectFailed(string partner, SocketException e) => e.SocketErrorCode switch
    {
        SocketError.ConnectionRefused => new ConnectorException(
            ConnectorErrorKind.ConnectionFailed,
            $"{partner} refused the connection; check that its server runs and that host and port are right",
            e,
            propertyKeys: ["/host", "/port"]),
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => new ConnectorException(
            ConnectorErrorKind.ConnectionFailed,
            $"the host of {partner} cannot be resolved ({e.SocketErrorCode})",
            e,
            propertyKeys: ["/host"]),
        _ => new ConnectorException(
            ConnectorErrorKind.ConnectionFailed,
            $"{partner} cannot be reached ({e.SocketErrorCode})",
            e,
            propertyKeys: ["/host", "/port"]),
    };

    public static ConnectorException ConnectionLost(string partner, Exception e) => new(
        ConnectorErrorKind.ConnectionFailed,
        $"the connection to {partner} was lost ({e.GetType().Name})",
        e);

    public static ConnectorException ClosedBeforeAnswering(string partner, string waitingFor) => new(
        ConnectorErrorKind.ConnectionFailed,
        $"{partner} closed the connection instead of answering {waitingFor}");

    public static ConnectorException TimedOut(string partner, string waitingFor, TimeSpan timeout, string timeoutKey) => new(
        ConnectorErrorKind.Timeout,
        $"{partner} did not answer {waitingFor} within {timeout.TotalSeconds:0} s",
        propertyKeys: [timeoutKey]);

    public static ConnectorException Denied(string partner, string user) => new(
        ConnectorErrorKind.Authentication,
        $"{partner} denied the login of user '{user}'; check user and password",
        propertyKeys: ["/user", "/password"]);

    public static ConnectorException UnexpectedAnswer(string partner, string waitingFor) => new(
        ConnectorErrorKind.ProtocolViolation,
        $"{partner} answered {waitingFor} with something the sample protocol does not know");

    public static ConnectorException NotAField(string what, string key) => new(
        ConnectorErrorKind.Configuration,
        $"the {what} is empty or contains whitespace, which the sample protocol cannot carry",
        propertyKeys: [key]);

    public static ConnectorException PayloadShorterThanItsLength(long read, long length) => new(
        ConnectorErrorKind.Encoding,
        $"the message's payload ended after {read} of the {length} bytes its stream announced");
}
