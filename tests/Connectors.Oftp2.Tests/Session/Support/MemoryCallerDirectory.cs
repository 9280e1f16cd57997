using System.Security.Cryptography;
using System.Text;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Protocol.Session;

namespace Connectors.Oftp2.Tests.Session.Support;

/// <summary>The responder's list of known callers: code, password, and the offer and partner it runs their sessions with.</summary>
internal sealed class MemoryCallerDirectory : ICallerDirectory
{
    private readonly Dictionary<string, (string Password, SessionOffer Offer, ISessionPartner Partner)> _callers = new(StringComparer.Ordinal);

    public MemoryCallerDirectory Add(string code, string password, SessionOffer offer, ISessionPartner partner)
    {
        _callers[code] = (password, offer, partner);
        return this;
    }

    public ValueTask<CallerAdmission> AdmitAsync(StartSession callerStartSession, CancellationToken cancellationToken)
    {
        if (!_callers.TryGetValue(callerStartSession.IdentificationCode, out var caller))
        {
            return ValueTask.FromResult<CallerAdmission>(new CallerAdmission.Refuse(EndSessionReason.UserCodeNotKnown, "Authentication error: UNKNOWN USER"));
        }

        var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(caller.Password), Encoding.ASCII.GetBytes(callerStartSession.Password));
        return ValueTask.FromResult<CallerAdmission>(matches
            ? new CallerAdmission.Admit(caller.Offer, caller.Partner)
            : new CallerAdmission.Refuse(EndSessionReason.InvalidPassword, "Authentication error: INVALID PASSWORD"));
    }
}
