namespace Connectors.Ota.Protocol.Envelope;

/// <summary>
/// The name/value pairs of an OTA post without its payload, which is always a stream of its own.
/// Names compare case-insensitively, since servlets and senders differ in case; values are kept as sent.
/// </summary>
public sealed class OtaEnvelope
{
    private readonly Dictionary<string, string> _fields;

    public OtaEnvelope()
        : this(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase))
    {
    }

    private OtaEnvelope(Dictionary<string, string> fields) => _fields = fields;

    /// <summary>The fields in no particular order; <see cref="OtaFieldNames.Payload"/> is never among them.</summary>
    public IReadOnlyDictionary<string, string> Fields => _fields;

    /// <summary>The value of <paramref name="name"/>, or null when the post did not carry it.</summary>
    public string? this[string name] => _fields.GetValueOrDefault(name);

    public string? TransportProtocol => this[OtaFieldNames.TransportProtocol];

    public string? TransportProtocolVersion => this[OtaFieldNames.TransportProtocolVersion];

    /// <summary>REQUEST_TYPE, or SEND when it is absent or empty, as the reference prescribes.</summary>
    public string RequestType => NonEmpty(OtaFieldNames.RequestType) ?? OtaRequestTypes.Send;

    public string? MessageId => NonEmpty(OtaFieldNames.MessageId);

    public string? MessageType => NonEmpty(OtaFieldNames.MessageType);

    public string? Username => NonEmpty(OtaFieldNames.Username);

    public string? Password => NonEmpty(OtaFieldNames.Password);

    /// <summary>Sets a field; a later value of the same name replaces an earlier one, as a servlet's getParameter sees it.</summary>
    public void Set(string name, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        if (string.Equals(name, OtaFieldNames.Payload, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("the payload is a stream, not an envelope field", nameof(name));
        }

        _fields[name] = value;
    }

    /// <summary>The fields in the order a sender writes them: the known names first, in the reference's order, then any others by name.</summary>
    public IEnumerable<KeyValuePair<string, string>> InWritingOrder()
    {
        foreach (var name in OtaFieldNames.InOrder)
        {
            if (_fields.TryGetValue(name, out var value))
            {
                yield return new KeyValuePair<string, string>(name, value);
            }
        }

        foreach (var field in _fields.Where(f => !OtaFieldNames.InOrder.Contains(f.Key, StringComparer.OrdinalIgnoreCase)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            yield return field;
        }
    }

    /// <summary>The value when it is there and not blank.</summary>
    public string? NonEmpty(string name) => this[name] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
