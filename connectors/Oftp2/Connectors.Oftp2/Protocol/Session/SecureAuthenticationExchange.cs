using System.Security.Cryptography;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// Secure authentication (RFC 5024 §4.2.3, §4.2.4; §9.8 states WF_SECD, WF_AUCH and WF_AURP): the initiator proves
/// its identity first, then the responder, each by answering a challenge encrypted to its certificate.
/// <code>
///   Initiator -- SECD --> Responder
///             &lt;-- AUCH --
///             -- AURP -->
///             &lt;-- SECD --
///             -- AUCH -->
///             &lt;-- AURP --
/// </code>
/// </summary>
internal static class SecureAuthenticationExchange
{
    /// <summary>The initiator's side: transitions D (SECD), I (AURP), J (AUCH) and K.</summary>
    public static async Task RunAsInitiatorAsync(SessionContext session, ISecureAuthentication? authentication)
    {
        var certificates = authentication ?? throw Unavailable();
        var channel = session.Channel;
        await channel.SendAsync(SecurityChangeDirection.Instance).ConfigureAwait(false);
        await AnswerChallengeAsync(session, certificates).ConfigureAwait(false);

        channel.State = SessionState.WF_SECD;
        await ExpectAsync<SecurityChangeDirection>(channel).ConfigureAwait(false);
        await ChallengeAsync(session, certificates).ConfigureAwait(false);
    }

    /// <summary>The responder's side: transitions J (AUCH), K (SECD) and I (AURP).</summary>
    public static async Task RunAsResponderAsync(SessionContext session, ISecureAuthentication? authentication)
    {
        var certificates = authentication ?? throw Unavailable();
        var channel = session.Channel;
        channel.State = SessionState.WF_SECD;
        await ExpectAsync<SecurityChangeDirection>(channel).ConfigureAwait(false);
        await ChallengeAsync(session, certificates).ConfigureAwait(false);

        await channel.SendAsync(SecurityChangeDirection.Instance).ConfigureAwait(false);
        await AnswerChallengeAsync(session, certificates).ConfigureAwait(false);
    }

    /// <summary>Both sides asked for secure authentication, but this side cannot do it: ESID 12.</summary>
    public static SessionAbortException Unavailable() =>
        new(
            EndSessionReason.SecureAuthenticationRequirementsIncompatible,
            EndSessionReason.SecureAuthenticationRequirementsIncompatible.Describe(),
            "secure authentication was agreed, but no ISecureAuthentication is configured for this partner");

    // WF_AUCH: the partner's challenge, opened with our private key and sent back in AURP.
    private static async Task AnswerChallengeAsync(SessionContext session, ISecureAuthentication authentication)
    {
        var channel = session.Channel;
        channel.State = SessionState.WF_AUCH;
        var challenge = await ExpectAsync<AuthenticationChallenge>(channel).ConfigureAwait(false);
        ReadOnlyMemory<byte> answer;
        try
        {
            answer = await authentication.AnswerChallengeAsync(challenge.Challenge, session.Cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OdetteProtocolException))
        {
            throw Failed("the partner's challenge could not be answered", e);
        }

        if (answer.Length != AuthenticationResponse.ResponseLength)
        {
            throw Failed($"the opened challenge has {answer.Length} octets, AURPRSP takes {AuthenticationResponse.ResponseLength}", null);
        }

        await channel.SendAsync(new AuthenticationResponse(answer)).ConfigureAwait(false);
    }

    // AUCH out, AURP back: P6 and P7 of §9.8, "AURP.Signature verifies with V.Challenge".
    private static async Task ChallengeAsync(SessionContext session, ISecureAuthentication authentication)
    {
        var channel = session.Channel;
        ReadOnlyMemory<byte> expected;
        ReadOnlyMemory<byte> envelope;
        try
        {
            (expected, envelope) = await authentication.CreateChallengeAsync(session.Cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OdetteProtocolException))
        {
            throw Failed("no challenge could be made for the partner", e);
        }

        await channel.SendAsync(new AuthenticationChallenge(envelope)).ConfigureAwait(false);
        channel.State = SessionState.WF_AURP;
        var response = await ExpectAsync<AuthenticationResponse>(channel).ConfigureAwait(false);

        // Compared in constant time, so the time taken tells nothing about the challenge (§5.3.18).
        if (!CryptographicOperations.FixedTimeEquals(expected.Span, response.Response.Span))
        {
            throw Failed("the partner's AURP does not match the challenge", null);
        }
    }

    private static async Task<TCommand> ExpectAsync<TCommand>(SessionChannel channel)
        where TCommand : OdetteCommand
    {
        var command = await channel.ReceiveCommandAsync().ConfigureAwait(false);
        return command as TCommand ?? throw SessionErrors.Unexpected(command.Code, channel.State);
    }

    private static SessionAbortException Failed(string detail, Exception? cause) =>
        new(
            EndSessionReason.InvalidChallengeResponse,
            EndSessionReason.InvalidChallengeResponse.Describe(),
            cause is null ? detail : $"{detail}: {cause.Message}",
            cause);
}
