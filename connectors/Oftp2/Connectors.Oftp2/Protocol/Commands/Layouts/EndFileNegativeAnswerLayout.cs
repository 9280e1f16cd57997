using Connectors.Oftp2.Protocol.Commands.Fields;
using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Commands.Layouts;

/// <summary>EFNA, RFC 5024 §5.3.10; without the reason text at level 4.</summary>
internal sealed class EndFileNegativeAnswerLayout : ICommandLayout<EndFileNegativeAnswer>
{
    public static readonly FieldDefinition Command = FieldDefinition.Command("EFNACMD", '5');
    public static readonly FieldDefinition Reason = FieldDefinition.Numeric("EFNAREAS", 1, 2);
    public static readonly FieldDefinition ReasonTextLength = FieldDefinition.TextLength("EFNAREASL", 3);
    public static readonly FieldDefinition ReasonText = FieldDefinition.Text("EFNAREAST", 6);

    private const int FixedLength = 6;
    private const int Revision14Length = 3;
    private static readonly FieldDefinition[] Oftp2Fields = [Command, Reason, ReasonTextLength, ReasonText];
    private static readonly FieldDefinition[] Revision14Fields = [Command, Reason];

    public static IReadOnlyList<FieldDefinition> FieldsAt(ProtocolLevel level) => Levels.IsOftp2(level) ? Oftp2Fields : Revision14Fields;

    public static EndFileNegativeAnswer Read(ref CommandReader reader, ProtocolLevel level)
    {
        var oftp2 = Levels.IsOftp2(level);
        if (oftp2)
        {
            reader.ExpectMinimumLength("EFNA", FixedLength);
        }
        else
        {
            reader.ExpectLength("EFNA", Revision14Length);
        }

        reader.ReadCommand(Command);
        var reason = (EndFileNegativeReason)reader.ReadInt32(Reason);
        var text = "";
        if (oftp2)
        {
            text = reader.ReadText(ReasonTextLength, ReasonText);
            reader.ExpectEnd("EFNA");
        }

        return new EndFileNegativeAnswer(reason, text);
    }

    public static int GetLength(EndFileNegativeAnswer command, ProtocolLevel level) =>
        Levels.IsOftp2(level) ? FixedLength + System.Text.Encoding.UTF8.GetByteCount(command.ReasonText) : Revision14Length;

    public static void Write(ref CommandWriter writer, EndFileNegativeAnswer command, ProtocolLevel level)
    {
        writer.WriteCommand(Command);
        writer.WriteNumeric(Reason, (int)command.Reason);
        if (Levels.IsOftp2(level))
        {
            writer.WriteText(ReasonTextLength, ReasonText, command.ReasonText);
        }
    }
}
