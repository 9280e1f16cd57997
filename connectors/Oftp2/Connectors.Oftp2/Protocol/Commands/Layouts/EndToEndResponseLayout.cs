using Connectors.Oftp2.Protocol.Commands.Fields;

namespace Connectors.Oftp2.Protocol.Commands.Layouts;

/// <summary>EERP, RFC 5024 §5.3.13; at level 4 it ends after EERPORIG.</summary>
internal sealed class EndToEndResponseLayout : ICommandLayout<EndToEndResponse>
{
    public static readonly FieldDefinition Command = FieldDefinition.Command("EERPCMD", 'E');
    public static readonly FieldDefinition DatasetName = FieldDefinition.Alphanumeric("EERPDSN", 1, 26, required: true);
    public static readonly FieldDefinition Reserved = FieldDefinition.Reserved("EERPRSV1", 27, 3);
    public static readonly FieldDefinition Date = FieldDefinition.Numeric("EERPDATE", 30, 8);
    public static readonly FieldDefinition Time = FieldDefinition.Numeric("EERPTIME", 38, 10);
    public static readonly FieldDefinition UserData = FieldDefinition.UserData("EERPUSER", 48, 8);
    public static readonly FieldDefinition Destination = FieldDefinition.Identification("EERPDEST", 56, 25);
    public static readonly FieldDefinition Originator = FieldDefinition.Identification("EERPORIG", 81, 25);
    public static readonly FieldDefinition HashLength = FieldDefinition.BinaryLength("EERPHSHL", 106);
    public static readonly FieldDefinition Hash = FieldDefinition.Binary("EERPHSH", 108);
    public static readonly FieldDefinition SignatureLength = FieldDefinition.BinaryLength("EERPSIGL", FieldDefinition.AfterVariableField);
    public static readonly FieldDefinition Signature = FieldDefinition.Binary("EERPSIG", FieldDefinition.AfterVariableField);

    private const int FixedLength = 110;
    private const int Revision14Length = 106;

    private static readonly FieldDefinition[] Oftp2Fields =
    [
        Command, DatasetName, Reserved, Date, Time, UserData, Destination, Originator, HashLength, Hash, SignatureLength, Signature,
    ];

    private static readonly FieldDefinition[] Revision14Fields = [Command, DatasetName, Reserved, Date, Time, UserData, Destination, Originator];

    public static IReadOnlyList<FieldDefinition> FieldsAt(ProtocolLevel level) => Levels.IsOftp2(level) ? Oftp2Fields : Revision14Fields;

    public static EndToEndResponse Read(ref CommandReader reader, ProtocolLevel level)
    {
        var oftp2 = Levels.IsOftp2(level);
        if (oftp2)
        {
            reader.ExpectMinimumLength("EERP", FixedLength);
        }
        else
        {
            reader.ExpectLength("EERP", Revision14Length);
        }

        reader.ReadCommand(Command);
        var datasetName = reader.ReadString(DatasetName);
        reader.SkipReserved(Reserved);
        var timestamp = reader.ReadTimestamp(Date, Time);
        var userData = reader.ReadString(UserData);
        var destination = reader.ReadString(Destination);
        var originator = reader.ReadString(Originator);
        var hash = Array.Empty<byte>();
        var signature = Array.Empty<byte>();
        if (oftp2)
        {
            hash = reader.ReadBinary(HashLength, Hash);
            signature = reader.ReadBinary(SignatureLength, Signature);
            reader.ExpectEnd("EERP");
        }

        return new EndToEndResponse
        {
            DatasetName = datasetName,
            Timestamp = timestamp,
            UserData = userData,
            Destination = destination,
            Originator = originator,
            Hash = hash,
            Signature = signature,
        };
    }

    public static int GetLength(EndToEndResponse command, ProtocolLevel level) =>
        Levels.IsOftp2(level) ? FixedLength + command.Hash.Length + command.Signature.Length : Revision14Length;

    public static void Write(ref CommandWriter writer, EndToEndResponse command, ProtocolLevel level)
    {
        writer.WriteCommand(Command);
        writer.WriteString(DatasetName, command.DatasetName);
        writer.WriteReserved(Reserved);
        writer.WriteTimestamp(Date, Time, command.Timestamp);
        writer.WriteString(UserData, command.UserData);
        writer.WriteString(Destination, command.Destination);
        writer.WriteString(Originator, command.Originator);
        if (Levels.IsOftp2(level))
        {
            writer.WriteBinary(HashLength, Hash, command.Hash.Span);
            writer.WriteBinary(SignatureLength, Signature, command.Signature.Span);
        }
        else if (!command.Hash.IsEmpty || !command.Signature.IsEmpty)
        {
            throw Levels.NotAtLevel("A signed EERP", level);
        }
    }
}
