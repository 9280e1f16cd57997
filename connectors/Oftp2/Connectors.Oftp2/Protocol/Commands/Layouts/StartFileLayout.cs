using Connectors.Oftp2.Protocol.Commands.Fields;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Commands.Layouts;

/// <summary>SFID, RFC 5024 §5.3.3; at level 4 it ends after a 7-digit size and a 9-digit restart position.</summary>
internal sealed class StartFileLayout : ICommandLayout<StartFile>
{
    public static readonly FieldDefinition Command = FieldDefinition.Command("SFIDCMD", 'H');
    public static readonly FieldDefinition DatasetName = FieldDefinition.Alphanumeric("SFIDDSN", 1, 26, required: true);
    public static readonly FieldDefinition Reserved = FieldDefinition.Reserved("SFIDRSV1", 27, 3);
    public static readonly FieldDefinition Date = FieldDefinition.Numeric("SFIDDATE", 30, 8);
    public static readonly FieldDefinition Time = FieldDefinition.Numeric("SFIDTIME", 38, 10);
    public static readonly FieldDefinition UserData = FieldDefinition.UserData("SFIDUSER", 48, 8);
    public static readonly FieldDefinition Destination = FieldDefinition.Identification("SFIDDEST", 56, 25);
    public static readonly FieldDefinition Originator = FieldDefinition.Identification("SFIDORIG", 81, 25);
    public static readonly FieldDefinition Format = FieldDefinition.Choice("SFIDFMT", 106, "FVUT");
    public static readonly FieldDefinition MaximumRecordLength = FieldDefinition.Numeric("SFIDLRECL", 107, 5);
    public static readonly FieldDefinition FileSize = FieldDefinition.Numeric("SFIDFSIZ", 112, 13);
    public static readonly FieldDefinition OriginalFileSize = FieldDefinition.Numeric("SFIDOSIZ", 125, 13);
    public static readonly FieldDefinition RestartPosition = FieldDefinition.Numeric("SFIDREST", 138, 17);
    public static readonly FieldDefinition Security = FieldDefinition.Numeric("SFIDSEC", 155, 2, maximum: 3);
    public static readonly FieldDefinition Cipher = FieldDefinition.Numeric("SFIDCIPH", 157, 2);
    public static readonly FieldDefinition Compression = FieldDefinition.Choice("SFIDCOMP", 159, "01");
    public static readonly FieldDefinition Enveloping = FieldDefinition.Choice("SFIDENV", 160, "01");
    public static readonly FieldDefinition SignedResponse = FieldDefinition.YesNo("SFIDSIGN", 161);
    public static readonly FieldDefinition DescriptionLength = FieldDefinition.TextLength("SFIDDESCL", 162);
    public static readonly FieldDefinition Description = FieldDefinition.Text("SFIDDESC", 165);

    public static readonly FieldDefinition FileSizeRevision14 = FieldDefinition.Numeric("SFIDFSIZ", 112, 7);
    public static readonly FieldDefinition RestartPositionRevision14 = FieldDefinition.Numeric("SFIDREST", 119, 9);

    private const int FixedLength = 165;
    private const int Revision14Length = 128;

    // §5.3.3 SFIDLRECL: "If SFIDFMT is 'V' and the file is compressed, encrypted, or signed, then the maximum value ... is '65536'".
    private const int MaximumSecuredVariableRecordLength = 65536;

    private static readonly FieldDefinition[] Oftp2Fields =
    [
        Command, DatasetName, Reserved, Date, Time, UserData, Destination, Originator, Format, MaximumRecordLength,
        FileSize, OriginalFileSize, RestartPosition, Security, Cipher, Compression, Enveloping, SignedResponse,
        DescriptionLength, Description,
    ];

    private static readonly FieldDefinition[] Revision14Fields =
    [
        Command, DatasetName, Reserved, Date, Time, UserData, Destination, Originator, Format, MaximumRecordLength,
        FileSizeRevision14, RestartPositionRevision14,
    ];

    public static IReadOnlyList<FieldDefinition> FieldsAt(ProtocolLevel level) => Levels.IsOftp2(level) ? Oftp2Fields : Revision14Fields;

    public static StartFile Read(ref CommandReader reader, ProtocolLevel level)
    {
        var oftp2 = Levels.IsOftp2(level);
        if (oftp2)
        {
            reader.ExpectMinimumLength("SFID", FixedLength);
        }
        else
        {
            reader.ExpectLength("SFID", Revision14Length);
        }

        reader.ReadCommand(Command);
        var datasetName = reader.ReadString(DatasetName);
        reader.SkipReserved(Reserved);
        var timestamp = reader.ReadTimestamp(Date, Time);
        var userData = reader.ReadString(UserData);
        var destination = reader.ReadString(Destination);
        var originator = reader.ReadString(Originator);
        var format = (VirtualFileFormat)reader.ReadChoice(Format);
        var maximumRecordLength = reader.ReadInt32(MaximumRecordLength);
        StartFile command;
        if (oftp2)
        {
            var fileSize = reader.ReadNumeric(FileSize);
            var originalFileSize = reader.ReadNumeric(OriginalFileSize);
            var restartPosition = reader.ReadNumeric(RestartPosition);
            var security = (SecurityLevel)reader.ReadInt32(Security);
            var cipherSuite = (CipherSuite)reader.ReadInt32(Cipher);
            var compression = (FileCompression)(reader.ReadChoice(Compression) - '0');
            var enveloping = (FileEnveloping)(reader.ReadChoice(Enveloping) - '0');
            var signedResponse = reader.ReadYesNo(SignedResponse);
            var description = reader.ReadText(DescriptionLength, Description);
            reader.ExpectEnd("SFID");
            command = new StartFile
            {
                DatasetName = datasetName,
                Timestamp = timestamp,
                UserData = userData,
                Destination = destination,
                Originator = originator,
                Format = format,
                MaximumRecordLength = maximumRecordLength,
                FileSize = fileSize,
                OriginalFileSize = originalFileSize,
                RestartPosition = restartPosition,
                Security = security,
                CipherSuite = cipherSuite,
                Compression = compression,
                Enveloping = enveloping,
                SignedResponseRequested = signedResponse,
                Description = description,
            };
        }
        else
        {
            var fileSize = reader.ReadNumeric(FileSizeRevision14);
            var restartPosition = reader.ReadNumeric(RestartPositionRevision14);
            command = new StartFile
            {
                DatasetName = datasetName,
                Timestamp = timestamp,
                UserData = userData,
                Destination = destination,
                Originator = originator,
                Format = format,
                MaximumRecordLength = maximumRecordLength,
                FileSize = fileSize,
                OriginalFileSize = fileSize,
                RestartPosition = restartPosition,
            };
        }

        if (FindInconsistency(command) is { } problem)
        {
            throw ProtocolErrors.InvalidData(problem.Field.Name, problem.Text);
        }

        if (!command.CipherSuite.IsKnown())
        {
            // A suite this codec does not know refuses the file, not the session (SFNA reason 15).
            throw new OdetteProtocolException(
                EndSessionReason.CommandContainedInvalidData,
                Cipher.Name,
                $"SFIDCIPH names cipher suite {(int)command.CipherSuite:D2}, known are 00-06 (answer SFNA reason 15)")
            {
                StartFileAnswer = StartFileNegativeReason.CipherSuiteNotSupported,
            };
        }

        return command;
    }

    public static int GetLength(StartFile command, ProtocolLevel level) =>
        Levels.IsOftp2(level) ? FixedLength + System.Text.Encoding.UTF8.GetByteCount(command.Description) : Revision14Length;

    public static void Write(ref CommandWriter writer, StartFile command, ProtocolLevel level)
    {
        if (FindInconsistency(command) is { } problem)
        {
            throw CommandWriter.Invalid(problem.Field, problem.Text);
        }

        if (!command.CipherSuite.IsKnown())
        {
            throw CommandWriter.Invalid(Cipher, "must be one of 00-06");
        }

        if (!Enum.IsDefined(command.Security))
        {
            throw CommandWriter.Invalid(Security, "must be one of 00-03");
        }

        writer.WriteCommand(Command);
        writer.WriteString(DatasetName, command.DatasetName);
        writer.WriteReserved(Reserved);
        writer.WriteTimestamp(Date, Time, command.Timestamp);
        writer.WriteString(UserData, command.UserData);
        writer.WriteString(Destination, command.Destination);
        writer.WriteString(Originator, command.Originator);
        writer.WriteChoice(Format, (char)command.Format);
        writer.WriteNumeric(MaximumRecordLength, command.MaximumRecordLength);
        if (Levels.IsOftp2(level))
        {
            writer.WriteNumeric(FileSize, command.FileSize);
            writer.WriteNumeric(OriginalFileSize, command.OriginalFileSize);
            writer.WriteNumeric(RestartPosition, command.RestartPosition);
            writer.WriteNumeric(Security, (int)command.Security);
            writer.WriteNumeric(Cipher, (int)command.CipherSuite);
            writer.WriteChoice(Compression, (char)('0' + (int)command.Compression));
            writer.WriteChoice(Enveloping, (char)('0' + (int)command.Enveloping));
            writer.WriteYesNo(SignedResponse, command.SignedResponseRequested);
            writer.WriteText(DescriptionLength, Description, command.Description);
            return;
        }

        if (command.TransmissionFormat != command.Format || command.CipherSuite != CipherSuite.None
            || command.SignedResponseRequested || command.Description.Length > 0)
        {
            throw Levels.NotAtLevel("File security, signed EERP and SFIDDESC", level);
        }

        writer.WriteNumeric(FileSizeRevision14, command.FileSize);
        writer.WriteNumeric(RestartPositionRevision14, command.RestartPosition);
    }

    /// <summary>The rules §5.3.3 states between fields: SFIDLRECL against SFIDFMT and the security services.</summary>
    private static (FieldDefinition Field, string Text)? FindInconsistency(StartFile command)
    {
        var format = command.Format;
        if (format is VirtualFileFormat.Text or VirtualFileFormat.Unstructured && command.MaximumRecordLength != 0)
        {
            return (MaximumRecordLength, "must be 00000 for T and U files");
        }

        if (format is VirtualFileFormat.Fixed or VirtualFileFormat.Variable && command.MaximumRecordLength == 0)
        {
            return (MaximumRecordLength, "must give the record length of F and V files");
        }

        if (format == VirtualFileFormat.Variable && command.TransmissionFormat == VirtualFileFormat.Unstructured
            && command.MaximumRecordLength > MaximumSecuredVariableRecordLength)
        {
            return (MaximumRecordLength, "must not exceed 65536 for a secured or compressed V file");
        }

        return null;
    }
}
