using System.Globalization;
using System.Text;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Tests.Protocol.Support;

/// <summary>
/// Renders a decoded command the way tools/wire_decode.py lists it in decoded.txt (Python reprs of the padded
/// fields, binary lengths and hex), so the codec's field values can be compared with the listing field for field.
/// </summary>
public static class ListingRenderer
{
    public static IReadOnlyList<ListedField> Render(OdetteCommand command) => command switch
    {
        StartSessionReadyMessage => [Text("SSRMCMD", "I"), Text("SSRMMSG", "ODETTE FTP READY "), Text("SSRMCR", "\r")],
        StartSession c =>
        [
            Text("SSIDCMD", "X"), Text("SSIDLEV", Digits((int)c.Level, 1)), Text("SSIDCODE", Pad(c.IdentificationCode, 25)),
            Text("SSIDPSWD", Pad(c.Password, 8)), Text("SSIDSDEB", Digits(c.BufferSize, 5)), Text("SSIDSR", ((char)c.Capability).ToString()),
            Text("SSIDCMPR", YesNo(c.BufferCompression)), Text("SSIDREST", YesNo(c.Restart)), Text("SSIDSPEC", YesNo(c.SpecialLogic)),
            Text("SSIDCRED", Digits(c.Credit, 3)), Text("SSIDAUTH", YesNo(c.SecureAuthentication)), Text("SSIDRSV1", Pad("", 4)),
            Text("SSIDUSER", Pad(c.UserData, 8)), Text("SSIDCR", "\r"),
        ],
        StartFile c =>
        [
            Text("SFIDCMD", "H"), Text("SFIDDSN", Pad(c.DatasetName, 26)), Text("SFIDRSV1", Pad("", 3)),
            Text("SFIDDATE", Date(c.Timestamp)), Text("SFIDTIME", Time(c.Timestamp)), Text("SFIDUSER", Pad(c.UserData, 8)),
            Text("SFIDDEST", Pad(c.Destination, 25)), Text("SFIDORIG", Pad(c.Originator, 25)), Text("SFIDFMT", ((char)c.Format).ToString()),
            Text("SFIDLRECL", Digits(c.MaximumRecordLength, 5)), Text("SFIDFSIZ", Digits(c.FileSize, 13)),
            Text("SFIDOSIZ", Digits(c.OriginalFileSize, 13)), Text("SFIDREST", Digits(c.RestartPosition, 17)),
            Text("SFIDSEC", Digits((int)c.Security, 2)), Text("SFIDCIPH", Digits((int)c.CipherSuite, 2)),
            Text("SFIDCOMP", Digits((int)c.Compression, 1)), Text("SFIDENV", Digits((int)c.Enveloping, 1)),
            Text("SFIDSIGN", YesNo(c.SignedResponseRequested)), Text("SFIDDESCL", Digits(Encoding.UTF8.GetByteCount(c.Description), 3)),
            Text("SFIDDESC", c.Description),
        ],
        StartFilePositiveAnswer c => [Text("SFPACMD", "2"), Text("SFPAACNT", Digits(c.AnswerCount, 17))],
        StartFileNegativeAnswer c =>
        [
            Text("SFNACMD", "3"), Text("SFNAREAS", Digits((int)c.Reason, 2)), Text("SFNARRTR", YesNo(c.RetryLater)),
            Text("SFNAREASL", Digits(Encoding.UTF8.GetByteCount(c.ReasonText), 3)), Text("SFNAREAST", c.ReasonText),
        ],
        SetCredit => [Text("CDTCMD", "C"), Text("CDTRSV1", "  ")],
        EndFile c => [Text("EFIDCMD", "T"), Text("EFIDRCNT", Digits(c.RecordCount, 17)), Text("EFIDUCNT", Digits(c.UnitCount, 17))],
        EndFilePositiveAnswer c => [Text("EFPACMD", "4"), Text("EFPACD", YesNo(c.ChangeDirectionRequested))],
        EndFileNegativeAnswer c =>
        [
            Text("EFNACMD", "5"), Text("EFNAREAS", Digits((int)c.Reason, 2)),
            Text("EFNAREASL", Digits(Encoding.UTF8.GetByteCount(c.ReasonText), 3)), Text("EFNAREAST", c.ReasonText),
        ],
        EndSession c =>
        [
            Text("ESIDCMD", "F"), Text("ESIDREAS", Digits((int)c.Reason, 2)),
            Text("ESIDREASL", Digits(Encoding.UTF8.GetByteCount(c.ReasonText), 3)), Text("ESIDREAST", c.ReasonText), Text("ESIDCR", "\r"),
        ],
        ChangeDirection => [Text("CDCMD", "R")],
        ReadyToReceive => [Text("RTRCMD", "P")],
        SecurityChangeDirection => [Text("SECDCMD", "J")],
        EndToEndResponse c =>
        [
            Text("EERPCMD", "E"), Text("EERPDSN", Pad(c.DatasetName, 26)), Text("EERPRSV1", Pad("", 3)),
            Text("EERPDATE", Date(c.Timestamp)), Text("EERPTIME", Time(c.Timestamp)), Text("EERPUSER", Pad(c.UserData, 8)),
            Text("EERPDEST", Pad(c.Destination, 25)), Text("EERPORIG", Pad(c.Originator, 25)),
            Length("EERPHSHL", c.Hash.Length), Bytes("EERPHSH", c.Hash.Span), Length("EERPSIGL", c.Signature.Length), Bytes("EERPSIG", c.Signature.Span),
        ],
        NegativeEndResponse c =>
        [
            Text("NERPCMD", "N"), Text("NERPDSN", Pad(c.DatasetName, 26)), Text("NERPRSV1", Pad("", 6)),
            Text("NERPDATE", Date(c.Timestamp)), Text("NERPTIME", Time(c.Timestamp)), Text("NERPDEST", Pad(c.Destination, 25)),
            Text("NERPORIG", Pad(c.Originator, 25)), Text("NERPCREA", Pad(c.Creator, 25)), Text("NERPREAS", Digits((int)c.Reason, 2)),
            Text("NERPREASL", Digits(Encoding.UTF8.GetByteCount(c.ReasonText), 3)), Text("NERPREAST", c.ReasonText),
            Length("NERPHSHL", c.Hash.Length), Bytes("NERPHSH", c.Hash.Span), Length("NERPSIGL", c.Signature.Length), Bytes("NERPSIG", c.Signature.Span),
        ],
        AuthenticationChallenge c => [Text("AUCHCMD", "A"), Length("AUCHCHLL", c.Challenge.Length), Bytes("AUCHCHAL", c.Challenge.Span)],
        AuthenticationResponse c => [Text("AURPCMD", "S"), new ListedField("AURPRSP", $"{c.Response.Length} bytes: {Hex(c.Response.Span)}")],
        _ => throw new ArgumentException($"no listing form for {command.GetType().Name}", nameof(command)),
    };

    private static ListedField Text(string name, string value) => new(name, Repr(value));

    private static ListedField Length(string name, int value) =>
        new(name, string.Create(CultureInfo.InvariantCulture, $"{value} (0x{value:x4})"));

    // wire_decode.py shortens binary fields above 64 octets to their first 32 and last 16 octets.
    private static ListedField Bytes(string name, ReadOnlySpan<byte> value) =>
        new(name, $"{value.Length} bytes: {(value.Length <= 64 ? Hex(value) : Hex(value[..32]) + "..." + Hex(value[^16..]))}");

    private static string Hex(ReadOnlySpan<byte> value) => Convert.ToHexStringLower(value);

    private static string Pad(string value, int width) => value.PadRight(width);

    private static string Digits(long value, int width) => value.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');

    private static string YesNo(bool value) => value ? "Y" : "N";

    private static string Date(VirtualFileTimestamp stamp) => stamp.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Time(VirtualFileTimestamp stamp) =>
        stamp.Time.ToString("HHmmss", CultureInfo.InvariantCulture) + Digits(stamp.Counter, 4);

    /// <summary>Python's repr of a str, as far as these fields need it.</summary>
    private static string Repr(string value)
    {
        var quote = value.Contains('\'', StringComparison.Ordinal) && !value.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var text = new StringBuilder().Append(quote);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => "\\\\",
                '\r' => "\\r",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when c == quote => "\\" + c,
                _ when c < 0x20 || (c >= 0x7F && c <= 0xA0) => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ => c.ToString(),
            });
        }

        return text.Append(quote).ToString();
    }
}
