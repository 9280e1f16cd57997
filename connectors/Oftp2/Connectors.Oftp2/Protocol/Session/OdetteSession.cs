using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// Runs one ODETTE-FTP session (RFC 5024) over a connected stream, as the side that opened the connection or the
/// side that accepted it. The stream is used, never disposed: the caller closes it once the session returned.
/// </summary>
/// <remarks>
/// A session returns its <see cref="SessionOutcome"/> however the protocol ended it: normally, by the partner's ESID,
/// or by an ESID we sent for a protocol error (ESID 01, 02, 06, 07 ...), a failed negotiation or authentication
/// (03, 04, 10, 11, 12) or a silent partner (09). It throws <see cref="OdetteConnectionLostException"/> when the
/// connection closed without an ESID, <see cref="OperationCanceledException"/> after an ESID 05 when
/// <c>cancellationToken</c> is cancelled, and an exception of the application's own, after an ESID 99, when one of
/// its callbacks or payloads failed.
/// </remarks>
public static class OdetteSession
{
    /// <summary>Runs a session we opened (§4.2.1 "Initiator"): we speak first.</summary>
    /// <param name="transport">The connected TCP (or TLS) stream.</param>
    /// <param name="offer">Our SSID.</param>
    /// <param name="partner">The application side of the session.</param>
    /// <param name="timeouts">How long to wait for the partner.</param>
    /// <param name="logger">Where the session logs; never a password.</param>
    /// <param name="cancellationToken">Ends the session with ESID 05.</param>
    public static async Task<SessionOutcome> RunAsInitiatorAsync(
        Stream transport,
        SessionOffer offer,
        ISessionPartner partner,
        SessionTimeouts timeouts,
        ILogger? logger = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(partner);
        Validate(timeouts);
        SessionNegotiation.Validate(offer);
        using var session = new SessionContext(transport, SessionRole.Initiator, timeouts, logger ?? NullLogger.Instance, cancellationToken);
        return await SessionSupervisor.RunAsync(session, s => InitiatorStart.RunAsync(s, offer, partner)).ConfigureAwait(false);
    }

    /// <summary>Runs a session a partner opened (§4.2.1 "Responder"): the caller's SSID decides who we are for it.</summary>
    /// <param name="transport">The accepted TCP (or TLS) stream.</param>
    /// <param name="callers">Admits or refuses the caller by its SSID.</param>
    /// <param name="timeouts">How long to wait for the partner.</param>
    /// <param name="logger">Where the session logs; never a password.</param>
    /// <param name="cancellationToken">Ends the session with ESID 05.</param>
    public static async Task<SessionOutcome> RunAsResponderAsync(
        Stream transport,
        ICallerDirectory callers,
        SessionTimeouts timeouts,
        ILogger? logger = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(callers);
        Validate(timeouts);
        using var session = new SessionContext(transport, SessionRole.Responder, timeouts, logger ?? NullLogger.Instance, cancellationToken);
        return await SessionSupervisor.RunAsync(session, s => ResponderStart.RunAsync(s, callers)).ConfigureAwait(false);
    }

    private static void Validate(SessionTimeouts timeouts)
    {
        ArgumentNullException.ThrowIfNull(timeouts);
        if (timeouts.Response <= TimeSpan.Zero && timeouts.Response != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeouts), timeouts.Response, "SessionTimeouts.Response must be positive, or infinite");
        }

        if (timeouts.Disconnect < TimeSpan.Zero && timeouts.Disconnect != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeouts), timeouts.Disconnect, "SessionTimeouts.Disconnect must not be negative");
        }
    }
}
