namespace Connectors.Sdk.Messages;

/// <summary>
/// What travels beside a payload. The named headers are the ones every protocol family knows;
/// <see cref="Extra"/> carries protocol-specific ones (an OFTP2 SFID field, an OTA attribute).
/// </summary>
public sealed record MessageHeaders
{
    /// <summary>File name as the partner knows it (OFTP2 virtual file name, MFT file name).</summary>
    public string? FileName { get; init; }

    /// <summary>Free text describing the file's purpose.</summary>
    public string? Description { get; init; }

    /// <summary>Character encoding of a text payload, e.g. <c>UTF-8</c>; null for binary.</summary>
    public string? Encoding { get; init; }

    /// <summary>Id that ties a message to its receipt, chosen by the flow or by the connector.</summary>
    public string? CorrelationId { get; init; }

    /// <summary>The trading partner: a connection profile name or a protocol identity.</summary>
    public string? Partner { get; init; }

    /// <summary>
    /// What makes an inbound message the same message if the partner sends it again (OTA MESSAGE_ID;
    /// OFTP2 file name, date, time and origin). Set by receivers; a sink never delivers a key twice.
    /// </summary>
    public string? DuplicateKey { get; init; }

    /// <summary>Protocol-specific headers, compared case-insensitively.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
}
