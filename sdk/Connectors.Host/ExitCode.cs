namespace Connectors.Host;

/// <summary>
/// Every exit code of the <c>connectors</c> command. Scripts and schedulers branch on them, so each
/// cause has its own code and a code never changes its meaning.
/// </summary>
internal enum ExitCode
{
    /// <summary>The command did what it was asked.</summary>
    Success = 0,

    /// <summary>Something failed that no other code describes; <c>--verbose</c> shows the stack trace.</summary>
    UnexpectedFailure = 1,

    /// <summary>The command line is wrong: an unknown command or option, a missing or malformed value.</summary>
    Usage = 2,

    /// <summary>
    /// A property, profile, listener, task or secret reference is missing or invalid; an unknown
    /// connector, profile, task or run; committed schemas that drifted from the code.
    /// </summary>
    Configuration = 3,

    /// <summary>The partner could not be reached, did not answer in time, or is not accepting work now.</summary>
    Connection = 4,

    /// <summary>The partner refused our credentials or certificates.</summary>
    Authentication = 5,

    /// <summary>The partner refused the message (a rejected receipt).</summary>
    Rejected = 6,

    /// <summary>The partner broke the protocol, or sent what cannot be parsed.</summary>
    ProtocolViolation = 7,

    /// <summary>The content does not fit the chosen encoding or format.</summary>
    Encoding = 8,

    /// <summary>A task run ended failed; <c>connectors task restart</c> resumes it from the failed step.</summary>
    TaskFailed = 9,

    /// <summary>Interrupted (Ctrl+C, SIGTERM) before it finished, as shells report SIGINT.</summary>
    Cancelled = 130,
}
