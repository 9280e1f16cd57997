using System.Globalization;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Exchange;

/// <summary>
/// An EERP or NERP we owe, as the text fields a queue row keeps, so the response survives a restart
/// and is sent, exactly as first built, in whichever later session the partner is there for it.
/// </summary>
internal static class ResponseFields
{
    private const string Kind = "kind";

    public static Dictionary<string, string> From(OdetteCommand response) => response switch
    {
        EndToEndResponse eerp => new()
        {
            [Kind] = "EERP",
            ["dsn"] = eerp.DatasetName,
            ["timestamp"] = Format(eerp.Timestamp),
            ["destination"] = eerp.Destination,
            ["originator"] = eerp.Originator,
            ["userData"] = eerp.UserData,
            ["hash"] = Convert.ToBase64String(eerp.Hash.Span),
            ["signature"] = Convert.ToBase64String(eerp.Signature.Span),
        },
        NegativeEndResponse nerp => new()
        {
            [Kind] = "NERP",
            ["dsn"] = nerp.DatasetName,
            ["timestamp"] = Format(nerp.Timestamp),
            ["destination"] = nerp.Destination,
            ["originator"] = nerp.Originator,
            ["creator"] = nerp.Creator,
            ["reason"] = ((int)nerp.Reason).ToString(CultureInfo.InvariantCulture),
            ["reasonText"] = nerp.ReasonText,
            ["hash"] = Convert.ToBase64String(nerp.Hash.Span),
            ["signature"] = Convert.ToBase64String(nerp.Signature.Span),
        },
        _ => throw new ArgumentException($"{response.Code} is not an end-to-end response", nameof(response)),
    };

    public static OdetteCommand ToCommand(IReadOnlyDictionary<string, string> fields) => fields[Kind] switch
    {
        "EERP" => new EndToEndResponse
        {
            DatasetName = fields["dsn"],
            Timestamp = Parse(fields["timestamp"]),
            Destination = fields["destination"],
            Originator = fields["originator"],
            UserData = fields.GetValueOrDefault("userData", ""),
            Hash = Convert.FromBase64String(fields.GetValueOrDefault("hash", "")),
            Signature = Convert.FromBase64String(fields.GetValueOrDefault("signature", "")),
        },
        "NERP" => new NegativeEndResponse
        {
            DatasetName = fields["dsn"],
            Timestamp = Parse(fields["timestamp"]),
            Destination = fields["destination"],
            Originator = fields["originator"],
            Creator = fields["creator"],
            Reason = (NegativeEndResponseReason)int.Parse(fields["reason"], CultureInfo.InvariantCulture),
            ReasonText = fields.GetValueOrDefault("reasonText", ""),
            Hash = Convert.FromBase64String(fields.GetValueOrDefault("hash", "")),
            Signature = Convert.FromBase64String(fields.GetValueOrDefault("signature", "")),
        },
        var other => throw new InvalidDataException($"a queued response of kind '{other}' cannot be sent"),
    };

    internal static string Format(VirtualFileTimestamp timestamp) =>
        string.Create(CultureInfo.InvariantCulture, $"{timestamp.Date:yyyyMMdd}{timestamp.Time:HHmmss}{timestamp.Counter:D4}");

    internal static VirtualFileTimestamp Parse(string text) => new(
        DateOnly.ParseExact(text[..8], "yyyyMMdd", CultureInfo.InvariantCulture),
        TimeOnly.ParseExact(text[8..14], "HHmmss", CultureInfo.InvariantCulture),
        int.Parse(text[14..18], CultureInfo.InvariantCulture));
}
