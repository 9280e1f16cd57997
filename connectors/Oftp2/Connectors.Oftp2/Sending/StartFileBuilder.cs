using System.Security.Cryptography;
using Connectors.Oftp2.Profiles;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Security;
using Connectors.Sdk.Errors;

namespace Connectors.Oftp2.Sending;

/// <summary>Builds the SFID of a file a flow sends, from its properties, its message, the partner's profile and the file as prepared.</summary>
internal static class StartFileBuilder
{
    public static StartFile Build(Oftp2SenderProperties properties, string? messageFileName, Oftp2Profile profile, PreparedPayload payload)
    {
        var format = properties.RecordFormat switch
        {
            Oftp2RecordFormat.T => VirtualFileFormat.Text,
            Oftp2RecordFormat.F => VirtualFileFormat.Fixed,
            Oftp2RecordFormat.V => VirtualFileFormat.Variable,
            _ => VirtualFileFormat.Unstructured,
        };
        if (format is VirtualFileFormat.Fixed or VirtualFileFormat.Variable && properties.RecordLength <= 0)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"an {properties.RecordFormat} file needs a record length above 0", propertyKeys: ["/recordLength"]);
        }

        return new StartFile
        {
            DatasetName = DatasetName(properties.FileName ?? messageFileName),
            // The counter tells apart files of the same name sent within one second.
            Timestamp = VirtualFileTimestamp.From(DateTime.UtcNow, RandomNumberGenerator.GetInt32(1, 10000)),
            Destination = profile.PartnerCode,
            Originator = profile.LocalCode,
            Format = format,
            MaximumRecordLength = format is VirtualFileFormat.Unstructured or VirtualFileFormat.Text ? 0 : properties.RecordLength,
            FileSize = StartFile.BlocksFor(payload.Length),
            OriginalFileSize = StartFile.BlocksFor(payload.OriginalLength),
            Description = properties.FileDescription ?? "",
        }.WithSecurity(payload.Security);
    }

    /// <summary>
    /// SFIDSEC, SFIDCIPH, SFIDCOMP, SFIDENV and SFIDSIGN (RFC 5024 §5.3.3). SFIDFMT keeps the original format: the
    /// codec sends a secured file as U (<see cref="StartFile.TransmissionFormat"/>), as the RFC asks.
    /// </summary>
    private static StartFile WithSecurity(this StartFile startFile, PayloadSecurity security) => startFile with
    {
        Security = security.Level,
        CipherSuite = security.Suite,
        Compression = security.Services.HasFlag(FileServices.Compressed) ? FileCompression.Zlib : FileCompression.None,
        Enveloping = security.IsEnveloped ? FileEnveloping.Cms : FileEnveloping.None,
        SignedResponseRequested = security.SignedReceiptRequested,
    };

    /// <summary>SFIDDSN: the message's file name upper-cased when the properties name none, within the RFC's characters.</summary>
    private static string DatasetName(string? name)
    {
        var candidate = (name ?? string.Empty).Trim().ToUpperInvariant();
        if (candidate.Length is 0 or > 26 || candidate.Any(c => !(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || " ./-&()".Contains(c, StringComparison.Ordinal))))
        {
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"'{name}' cannot be an OFTP2 virtual file name: 1 to 26 of A-Z, 0-9, space and . / - & ( )",
                propertyKeys: ["/fileName"]);
        }

        return candidate;
    }
}
