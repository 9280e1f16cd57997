using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Properties;

namespace Connectors.Oftp2.Profiles;

/// <summary>What we offer in SSID; each value is negotiated down to what the partner offers.</summary>
public sealed record Oftp2SessionSettings
{
    [Property("Exchange buffer size", "SSIDSDEB: the largest exchange buffer we offer, in octets (128 to 99999); the lower offer wins.")]
    [Range(128, 99999)]
    [DefaultValue(65535)]
    public int BufferSize { get; init; } = 65535;

    [Property("Credit", "SSIDCRED: how many DATA buffers may be sent before a CDT (1 to 999); the lower offer wins.")]
    [Range(1, 999)]
    [DefaultValue(64)]
    public int Credit { get; init; } = 64;

    [Property("Buffer compression", "SSIDCMPR: compress repeated octets in exchange buffers; used only when both sides offer it.")]
    [DefaultValue(false)]
    public bool Compression { get; init; }

    [Property("Restart", "SSIDREST: resume an interrupted file where it stopped; used only when both sides offer it.")]
    [DefaultValue(true)]
    public bool Restart { get; init; } = true;

    [Property("Protocol level", "OFTP 2.0 (level 5) for current partners; 1.4 (level 4) for old ones, without the OFTP2 security services.")]
    [DefaultValue(Oftp2ProtocolLevel.Oftp20)]
    public Oftp2ProtocolLevel ProtocolLevel { get; init; } = Oftp2ProtocolLevel.Oftp20;

    [Property("User data", "SSIDUSER: up to 8 characters the partner's product may read; usually empty.")]
    [StringLength(8)]
    public string? UserData { get; init; }
}

public enum Oftp2ProtocolLevel
{
    Oftp20,
    Oftp14,
}
