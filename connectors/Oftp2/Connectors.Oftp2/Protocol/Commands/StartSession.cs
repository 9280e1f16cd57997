using System.Text;
using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>SSID, each side's identity and capabilities (RFC 5024 §5.3.2). Printing it never shows the password.</summary>
public sealed record StartSession : OdetteCommand
{
    public override CommandCode Code => CommandCode.StartSession;

    /// <summary>SSIDLEV; level 4 has no SSIDAUTH field, its octet is reserved.</summary>
    public ProtocolLevel Level { get; init; } = ProtocolLevel.Revision20;

    /// <summary>SSIDCODE, the identification code of the sender of this SSID (§5.4).</summary>
    public required string IdentificationCode { get; init; }

    /// <summary>SSIDPSWD.</summary>
    public string Password { get; init; } = "";

    /// <summary>SSIDSDEB, the largest data exchange buffer accepted, 128-99999, command octet included.</summary>
    public int BufferSize { get; init; } = 4096;

    /// <summary>SSIDSR.</summary>
    public SendReceiveCapability Capability { get; init; } = SendReceiveCapability.Both;

    /// <summary>SSIDCMPR, DATA buffer compression (§7).</summary>
    public bool BufferCompression { get; init; }

    /// <summary>SSIDREST.</summary>
    public bool Restart { get; init; }

    /// <summary>SSIDSPEC, special logic: only for X.25 asynchronous entry, never over TCP.</summary>
    public bool SpecialLogic { get; init; }

    /// <summary>SSIDCRED, DATA buffers the speaker may send before it waits for a CDT, 1-999.</summary>
    public int Credit { get; init; } = 64;

    /// <summary>SSIDAUTH; always false at level 4.</summary>
    public bool SecureAuthentication { get; init; }

    /// <summary>SSIDUSER.</summary>
    public string UserData { get; init; } = "";

    protected override bool PrintMembers(StringBuilder builder)
    {
        if (base.PrintMembers(builder))
        {
            builder.Append(", ");
        }

        builder.Append($"Level = {Level}, IdentificationCode = {IdentificationCode}, Password = ***, BufferSize = {BufferSize}, ");
        builder.Append($"Capability = {Capability}, BufferCompression = {BufferCompression}, Restart = {Restart}, ");
        builder.Append($"SpecialLogic = {SpecialLogic}, Credit = {Credit}, SecureAuthentication = {SecureAuthentication}, UserData = {UserData}");
        return true;
    }
}
