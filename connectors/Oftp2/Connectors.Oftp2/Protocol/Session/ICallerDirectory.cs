using Connectors.Oftp2.Protocol.Commands;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>
/// The responder's view of who may call: identifies the caller by its SSID code and checks its
/// password (in constant time). The text of a refusal must not reveal which field was wrong.
/// </summary>
public interface ICallerDirectory
{
    ValueTask<CallerAdmission> AdmitAsync(StartSession callerStartSession, CancellationToken cancellationToken);
}
