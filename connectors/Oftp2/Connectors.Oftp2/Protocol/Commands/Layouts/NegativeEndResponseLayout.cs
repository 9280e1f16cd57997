using Connectors.Oftp2.Protocol.Commands.Fields;
using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Commands.Layouts;

/// <summary>NERP, RFC 5024 §5.3.14; at level 4 it ends after NERPREAS.</summary>
internal sealed class NegativeEndResponseLayout : ICommandLayout<NegativeEndResponse>
{
    public static readonly FieldDefinition Command = FieldDefinition.Command("NERPCMD", 'N');
    public static readonly FieldDefinition DatasetName = FieldDefinition.Alphanumeric("NERPDSN", 1, 26, required: true);
    public static readonly FieldDefinition Reserved = FieldDefinition.Reserved("NERPRSV1", 27, 6);
    public static readonly FieldDefinition Date = FieldDefinition.Numeric("NERPDATE", 33, 8);
    public static readonly FieldDefinition Time = FieldDefinition.Numeric("NERPTIME", 41, 10);
    public static readonly FieldDefinition Destination = FieldDefinition.Identification("NERPDEST", 51, 25);
    public static readonly FieldDefinition Originator = FieldDefinition.Identification("NERPORIG", 76, 25);
    public static readonly FieldDefinition Creator = FieldDefinition.Identification("NERPCREA", 101, 25);
    public static readonly FieldDefinition Reason = FieldDefinition.Numeric("NERPREAS", 126, 2);
    public static readonly FieldDefinition ReasonTextLength = FieldDefinition.TextLength("NERPREASL", 128);
    public static readonly FieldDefinition ReasonText = FieldDefinition.Text("NERPREAST", 131);
    public static readonly FieldDefinition HashLength = FieldDefinition.BinaryLength("NERPHSHL", FieldDefinition.AfterVariableField);
    public static readonly FieldDefinition Hash = FieldDefinition.Binary("NERPHSH", FieldDefinition.AfterVariableField);
    public static readonly FieldDefinition SignatureLength = FieldDefinition.BinaryLength("NERPSIGL", FieldDefinition.AfterVariableField);
    public static readonly FieldDefinition Signature = FieldDefinition.Binary("NERPSIG", FieldDefinition.AfterVariableField);

    private const int FixedLength = 135;
    private const int Revision14Length = 128;

    private static readonly FieldDefinition[] Oftp2Fields =
    [
        Command, DatasetName, Reserved, Date, Time, Destination, Originator, Creator, Reason, ReasonTextLength, ReasonText,
        HashLength, Hash, SignatureLength, Signature,
    ];

    private static readonly FieldDefinition[] Revision14Fields = [Command, DatasetName, Reserved, Date, Time, Destination, Originator, Creator, Reason];

    public static IReadOnlyList<FieldDefinition> FieldsAt(ProtocolLevel level) => Levels.IsOftp2(level) ? Oftp2Fields : Revision14Fields;

    public static NegativeEndResponse Read(ref CommandReader reader, ProtocolLevel level)
    {
        var oftp2 = Levels.IsOftp2(level);
        if (oftp2)
        {
            reader.ExpectMinimumLength("NERP", FixedLength);
        }
        else
        {
            reader.ExpectLength("NERP", Revision14Length);
        }

        reader.ReadCommand(Command);
        var datasetName = reader.ReadString(DatasetName);
        reader.SkipReserved(Reserved);
        var timestamp = reader.ReadTimestamp(Date, Time);
        var destination = reader.ReadString(Destination);
        var originator = reader.ReadString(Originator);
        var creator = reader.ReadString(Creator);
        var reason = (NegativeEndResponseReason)reader.ReadInt32(Reason);
        var text = "";
        var hash = Array.Empty<byte>();
        var signature = Array.Empty<byte>();
        if (oftp2)
        {
            text = reader.ReadText(ReasonTextLength, ReasonText);
            hash = reader.ReadBinary(HashLength, Hash);
            signature = reader.ReadBinary(SignatureLength, Signature);
            reader.ExpectEnd("NERP");
        }

        return new NegativeEndResponse
        {
            DatasetName = datasetName,
            Timestamp = timestamp,
            Destination = destination,
            Originator = originator,
            Creator = creator,
            Reason = reason,
            ReasonText = text,
            Hash = hash,
            Signature = signature,
        };
    }

    public static int GetLength(NegativeEndResponse command, ProtocolLevel level) =>
        Levels.IsOftp2(level)
            ? FixedLength + System.Text.Encoding.UTF8.GetByteCount(command.ReasonText) + command.Hash.Length + command.Signature.Length
            : Revision14Length;

    public static void Write(ref CommandWriter writer, NegativeEndResponse command, ProtocolLevel level)
    {
        writer.WriteCommand(Command);
        writer.WriteString(DatasetName, command.DatasetName);
        writer.WriteReserved(Reserved);
        writer.WriteTimestamp(Date, Time, command.Timestamp);
        writer.WriteString(Destination, command.Destination);
        writer.WriteString(Originator, command.Originator);
        writer.WriteString(Creator, command.Creator);
        writer.WriteNumeric(Reason, (int)command.Reason);
        if (Levels.IsOftp2(level))
        {
            writer.WriteText(ReasonTextLength, ReasonText, command.ReasonText);
            writer.WriteBinary(HashLength, Hash, command.Hash.Span);
            writer.WriteBinary(SignatureLength, Signature, command.Signature.Span);
        }
        else if (!command.Hash.IsEmpty || !command.Signature.IsEmpty)
        {
            throw Levels.NotAtLevel("A signed NERP", level);
        }
    }
}
