using Connectors.Oftp2.Protocol.Commands.Fields;
using Connectors.Oftp2.Protocol.Reasons;

namespace Connectors.Oftp2.Protocol.Commands.Layouts;

/// <summary>SFNA, RFC 5024 §5.3.5; without the reason text at level 4.</summary>
internal sealed class StartFileNegativeAnswerLayout : ICommandLayout<StartFileNegativeAnswer>
{
    public static readonly FieldDefinition Command = FieldDefinition.Command("SFNACMD", '3');

    // Reason codes outside the RFC list are still a refusal; they decode and the session reads them as unspecified.
    public static readonly FieldDefinition Reason = FieldDefinition.Numeric("SFNAREAS", 1, 2);
    public static readonly FieldDefinition RetryLater = FieldDefinition.YesNo("SFNARRTR", 3);
    public static readonly FieldDefinition ReasonTextLength = FieldDefinition.TextLength("SFNAREASL", 4);
    public static readonly FieldDefinition ReasonText = FieldDefinition.Text("SFNAREAST", 7);

    private const int FixedLength = 7;
    private const int Revision14Length = 4;
    private static readonly FieldDefinition[] Oftp2Fields = [Command, Reason, RetryLater, ReasonTextLength, ReasonText];
    private static readonly FieldDefinition[] Revision14Fields = [Command, Reason, RetryLater];

    public static IReadOnlyList<FieldDefinition> FieldsAt(ProtocolLevel level) => Levels.IsOftp2(level) ? Oftp2Fields : Revision14Fields;

    public static StartFileNegativeAnswer Read(ref CommandReader reader, ProtocolLevel level)
    {
        var oftp2 = Levels.IsOftp2(level);
        if (oftp2)
        {
            reader.ExpectMinimumLength("SFNA", FixedLength);
        }
        else
        {
            reader.ExpectLength("SFNA", Revision14Length);
        }

        reader.ReadCommand(Command);
        var reason = (StartFileNegativeReason)reader.ReadInt32(Reason);
        var retryLater = reader.ReadYesNo(RetryLater);
        var text = "";
        if (oftp2)
        {
            text = reader.ReadText(ReasonTextLength, ReasonText);
            reader.ExpectEnd("SFNA");
        }

        return new StartFileNegativeAnswer(reason, retryLater, text);
    }

    public static int GetLength(StartFileNegativeAnswer command, ProtocolLevel level) =>
        Levels.IsOftp2(level) ? FixedLength + System.Text.Encoding.UTF8.GetByteCount(command.ReasonText) : Revision14Length;

    public static void Write(ref CommandWriter writer, StartFileNegativeAnswer command, ProtocolLevel level)
    {
        writer.WriteCommand(Command);
        writer.WriteNumeric(Reason, (int)command.Reason);
        writer.WriteYesNo(RetryLater, command.RetryLater);
        if (Levels.IsOftp2(level))
        {
            writer.WriteText(ReasonTextLength, ReasonText, command.ReasonText);
        }
    }
}
