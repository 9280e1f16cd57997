using Connectors.Oftp2.Exchange;
using Connectors.Oftp2.Profiles;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Protocol.Session;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.State;
using Microsoft.Extensions.Logging;

namespace Connectors.Oftp2.Receiving;

/// <summary>
/// Who may call our receiver: the OFTP2 profiles of the operations store (or those a listener names),
/// found by the caller's SSID code, with the password compared in constant time. The store is read at
/// each call, so a partner onboarded while the receiver runs can call at once.
/// </summary>
internal sealed class Oftp2CallerDirectory(
    IOperationsStore operations,
    IStateStore state,
    IMessageSink sink,
    IReadOnlyCollection<string> allowedProfiles,
    ILogger logger) : ICallerDirectory
{
    /// <summary>The partner of each admitted session, so the receiver can release its leases when it ends.</summary>
    public Oftp2SessionPartner? LastAdmitted { get; private set; }

    public ValueTask<CallerAdmission> AdmitAsync(StartSession callerStartSession, CancellationToken cancellationToken)
    {
        var code = callerStartSession.IdentificationCode.Trim();
        var match = operations.List()
            .Where(e => e.Profile is Oftp2Profile profile && profile.PartnerCode == code)
            .FirstOrDefault(e => allowedProfiles.Count == 0 || allowedProfiles.Contains(e.Name));
        if (match is null)
        {
            logger.LogWarning("Refused a session from unknown SSID code {Code}", code);
            return Refuse(EndSessionReason.UserCodeNotKnown);
        }

        var profile = (Oftp2Profile)match.Profile;
        if (!PasswordCheck.Matches(callerStartSession.Password, profile.PartnerPassword.Reveal()))
        {
            logger.LogWarning("Refused a session from {Partner} ({Code}): wrong password", match.Name, code);
            return Refuse(EndSessionReason.InvalidPassword);
        }

        var partner = new Oftp2SessionPartner(match.Name, profile, state, sink, logger);
        LastAdmitted = partner;
        logger.LogInformation("Session from {Partner} ({Code}) admitted", match.Name, code);
        return ValueTask.FromResult<CallerAdmission>(new CallerAdmission.Admit(partner.Offer(), partner));
    }

    // The text says no more than the code: a caller must not learn which field was wrong.
    private static ValueTask<CallerAdmission> Refuse(EndSessionReason reason) =>
        ValueTask.FromResult<CallerAdmission>(new CallerAdmission.Refuse(reason, reason.Describe()));
}
