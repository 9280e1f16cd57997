using Connectors.Sdk.Errors;
using Connectors.Sdk.Secrets;

namespace Connectors.Host.Cli;

/// <summary>
/// Turns a failure into its exit code and one clear line on the error writer (a configuration error:
/// one line per finding). The stack trace is shown only with <c>--verbose</c>. Messages of connector
/// errors and secret references never carry a secret, by their contract; nothing else is printed.
/// </summary>
internal static class FailureReport
{
    public static ExitCode CodeOf(ConnectorErrorKind kind) => kind switch
    {
        ConnectorErrorKind.Configuration => ExitCode.Configuration,
        ConnectorErrorKind.ConnectionFailed or ConnectorErrorKind.Timeout or ConnectorErrorKind.PartnerUnavailable => ExitCode.Connection,
        ConnectorErrorKind.Authentication => ExitCode.Authentication,
        ConnectorErrorKind.RejectedByPartner => ExitCode.Rejected,
        ConnectorErrorKind.ProtocolViolation => ExitCode.ProtocolViolation,
        ConnectorErrorKind.Encoding => ExitCode.Encoding,
        _ => ExitCode.UnexpectedFailure,
    };

    public static ExitCode Report(Exception failure, TextWriter error, bool verbose)
    {
        var (code, lines) = failure switch
        {
            ConnectorException e => (CodeOf(e.Kind), Describe(e)),
            SecretResolutionException e => (ExitCode.Configuration, [e.Message]),
            UsageException e => (ExitCode.Usage, [e.Message]),
            _ => (ExitCode.UnexpectedFailure, [$"unexpected failure ({failure.GetType().Name}): {failure.Message}"]),
        };

        error.WriteLine($"error: {lines[0]}");
        foreach (var line in lines.Skip(1))
        {
            error.WriteLine($"  {line}");
        }

        if (verbose)
        {
            error.WriteLine(failure.ToString());
        }
        else if (code == ExitCode.UnexpectedFailure)
        {
            error.WriteLine("  run again with --verbose for the stack trace");
        }

        return code;
    }

    private static List<string> Describe(ConnectorException e)
    {
        var lines = new List<string>();
        foreach (var line in e.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // The operations store joins the findings of a refused profile with "; ".
            const string Refused = "was refused: ";
            var at = line.IndexOf(Refused, StringComparison.Ordinal);
            if (e.Kind == ConnectorErrorKind.Configuration && at >= 0)
            {
                lines.Add(line[..(at + Refused.Length - 2)]);
                lines.AddRange(line[(at + Refused.Length)..].Split("; ", StringSplitOptions.RemoveEmptyEntries));
            }
            else
            {
                lines.Add(line);
            }
        }

        if (lines.Count == 0)
        {
            lines.Add(e.Kind.ToString());
        }

        if (e.PartnerReasonCode is { } reason)
        {
            lines.Add($"partner's reason code: {reason}");
        }

        if (e.Kind != ConnectorErrorKind.Configuration && e.PropertyKeys.Count > 0)
        {
            lines.Add($"check: {string.Join(", ", e.PropertyKeys)}");
        }

        return lines;
    }
}
