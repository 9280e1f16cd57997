using System.Globalization;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Exchange;

/// <summary>An SFID as the text fields a queued file keeps, so it is offered again exactly as first built.</summary>
internal static class StartFileFields
{
    public static Dictionary<string, string> From(StartFile startFile) => new()
    {
        ["dsn"] = startFile.DatasetName,
        ["timestamp"] = ResponseFields.Format(startFile.Timestamp),
        ["originator"] = startFile.Originator,
        ["destination"] = startFile.Destination,
        ["userData"] = startFile.UserData,
        ["format"] = startFile.Format.ToString(),
        ["recordLength"] = Text(startFile.MaximumRecordLength),
        ["fileSize"] = Text(startFile.FileSize),
        ["originalFileSize"] = Text(startFile.OriginalFileSize),
        ["security"] = startFile.Security.ToString(),
        ["cipherSuite"] = startFile.CipherSuite.ToString(),
        ["compression"] = startFile.Compression.ToString(),
        ["enveloping"] = startFile.Enveloping.ToString(),
        ["signedResponse"] = startFile.SignedResponseRequested ? "Y" : "N",
        ["description"] = startFile.Description,
    };

    public static StartFile ToStartFile(IReadOnlyDictionary<string, string> fields) => new()
    {
        DatasetName = fields["dsn"],
        Timestamp = ResponseFields.Parse(fields["timestamp"]),
        Originator = fields["originator"],
        Destination = fields["destination"],
        UserData = fields.GetValueOrDefault("userData", ""),
        Format = Enum.Parse<VirtualFileFormat>(fields["format"]),
        MaximumRecordLength = int.Parse(fields["recordLength"], CultureInfo.InvariantCulture),
        FileSize = long.Parse(fields["fileSize"], CultureInfo.InvariantCulture),
        OriginalFileSize = long.Parse(fields["originalFileSize"], CultureInfo.InvariantCulture),
        Security = Enum.Parse<SecurityLevel>(fields["security"]),
        CipherSuite = Enum.Parse<CipherSuite>(fields["cipherSuite"]),
        Compression = Enum.Parse<FileCompression>(fields["compression"]),
        Enveloping = Enum.Parse<FileEnveloping>(fields["enveloping"]),
        SignedResponseRequested = fields["signedResponse"] == "Y",
        Description = fields.GetValueOrDefault("description", ""),
    };

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
