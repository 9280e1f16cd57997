using Connectors.Oftp2.Protocol.Commands.Fields;
using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Commands.Layouts;

/// <summary>ESID, RFC 5024 §5.3.11; the carriage return follows the variable reason text.</summary>
internal sealed class EndSessionLayout : ICommandLayout<EndSession>
{
    public static readonly FieldDefinition Command = FieldDefinition.Command("ESIDCMD", 'F');
    public static readonly FieldDefinition Reason = FieldDefinition.Numeric("ESIDREAS", 1, 2);
    public static readonly FieldDefinition ReasonTextLength = FieldDefinition.TextLength("ESIDREASL", 3);
    public static readonly FieldDefinition ReasonText = FieldDefinition.Text("ESIDREAST", 6);
    public static readonly FieldDefinition CarriageReturn = FieldDefinition.CarriageReturn("ESIDCR", FieldDefinition.AfterVariableField);
    public static readonly FieldDefinition CarriageReturnRevision14 = FieldDefinition.CarriageReturn("ESIDCR", 3);

    private const int FixedLength = 7;
    private const int Revision14Length = 4;
    private static readonly FieldDefinition[] Oftp2Fields = [Command, Reason, ReasonTextLength, ReasonText, CarriageReturn];
    private static readonly FieldDefinition[] Revision14Fields = [Command, Reason, CarriageReturnRevision14];

    public static IReadOnlyList<FieldDefinition> FieldsAt(ProtocolLevel level) => Levels.IsOftp2(level) ? Oftp2Fields : Revision14Fields;

    public static EndSession Read(ref CommandReader reader, ProtocolLevel level)
    {
        var oftp2 = Levels.IsOftp2(level);
        if (oftp2)
        {
            reader.ExpectMinimumLength("ESID", FixedLength);
        }
        else
        {
            reader.ExpectLength("ESID", Revision14Length);
        }

        reader.ReadCommand(Command);
        var reason = (EndSessionReason)reader.ReadInt32(Reason);
        if (!oftp2)
        {
            reader.ReadCarriageReturn(CarriageReturnRevision14);
            return new EndSession(reason);
        }

        var text = reader.ReadText(ReasonTextLength, ReasonText);
        reader.ReadCarriageReturn(CarriageReturn);
        reader.ExpectEnd("ESID");
        return new EndSession(reason, text);
    }

    public static int GetLength(EndSession command, ProtocolLevel level) =>
        Levels.IsOftp2(level) ? FixedLength + System.Text.Encoding.UTF8.GetByteCount(command.ReasonText) : Revision14Length;

    public static void Write(ref CommandWriter writer, EndSession command, ProtocolLevel level)
    {
        writer.WriteCommand(Command);
        writer.WriteNumeric(Reason, (int)command.Reason);
        if (Levels.IsOftp2(level))
        {
            writer.WriteText(ReasonTextLength, ReasonText, command.ReasonText);
            writer.WriteCarriageReturn(CarriageReturn);
        }
        else
        {
            writer.WriteCarriageReturn(CarriageReturnRevision14);
        }
    }
}
