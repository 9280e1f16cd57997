using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Protocol.Session;

/// <summary>What our SSID says: our identity and what we offer. Each value is negotiated with the partner's (§5.3.2).</summary>
public sealed record SessionOffer
{
    /// <summary>SSIDCODE: our identification code.</summary>
    public required string IdentificationCode { get; init; }

    /// <summary>SSIDPSWD: the password we present. Never logged.</summary>
    public required string Password { get; init; }

    /// <summary>SSIDLEV: 5 for OFTP 2.0, 4 for 1.4; the lower level of the two sides is used.</summary>
    public ProtocolLevel Level { get; init; } = ProtocolLevel.Revision20;

    /// <summary>SSIDSDEB: largest exchange buffer we accept; the lower offer wins.</summary>
    public int BufferSize { get; init; } = 65535;

    /// <summary>SSIDCRED: DATA buffers before a CDT; the lower offer wins.</summary>
    public int Credit { get; init; } = 64;

    /// <summary>SSIDCMPR: used when both sides offer it.</summary>
    public bool BufferCompression { get; init; }

    /// <summary>SSIDREST: used when both sides offer it.</summary>
    public bool Restart { get; init; } = true;

    /// <summary>SSIDAUTH: both sides must agree, or the session ends with ESID 12.</summary>
    public bool SecureAuthentication { get; init; }

    /// <summary>SSIDSR: whether we send, receive or both.</summary>
    public SendReceiveCapability Capability { get; init; } = SendReceiveCapability.Both;

    /// <summary>SSIDUSER.</summary>
    public string UserData { get; init; } = "";

    public override string ToString() =>
        $"SessionOffer {{ IdentificationCode = {IdentificationCode}, Password = ***, Level = {Level}, BufferSize = {BufferSize}, Credit = {Credit}, " +
        $"BufferCompression = {BufferCompression}, Restart = {Restart}, SecureAuthentication = {SecureAuthentication}, Capability = {Capability} }}";
}
