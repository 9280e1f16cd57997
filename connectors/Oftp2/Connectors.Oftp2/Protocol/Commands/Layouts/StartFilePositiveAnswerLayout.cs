using Connectors.Oftp2.Protocol.Commands.Fields;

namespace Connectors.Oftp2.Protocol.Commands.Layouts;

/// <summary>SFPA, RFC 5024 §5.3.4; a 9-digit count at level 4.</summary>
internal sealed class StartFilePositiveAnswerLayout : ICommandLayout<StartFilePositiveAnswer>
{
    public static readonly FieldDefinition Command = FieldDefinition.Command("SFPACMD", '2');
    public static readonly FieldDefinition AnswerCount = FieldDefinition.Numeric("SFPAACNT", 1, 17);
    public static readonly FieldDefinition AnswerCountRevision14 = FieldDefinition.Numeric("SFPAACNT", 1, 9);

    private static readonly FieldDefinition[] Oftp2Fields = [Command, AnswerCount];
    private static readonly FieldDefinition[] Revision14Fields = [Command, AnswerCountRevision14];

    public static IReadOnlyList<FieldDefinition> FieldsAt(ProtocolLevel level) => Levels.IsOftp2(level) ? Oftp2Fields : Revision14Fields;

    public static StartFilePositiveAnswer Read(ref CommandReader reader, ProtocolLevel level)
    {
        var count = CountField(level);
        reader.ExpectLength("SFPA", 1 + count.Width);
        reader.ReadCommand(Command);
        return new StartFilePositiveAnswer(reader.ReadNumeric(count));
    }

    public static int GetLength(StartFilePositiveAnswer command, ProtocolLevel level) => 1 + CountField(level).Width;

    public static void Write(ref CommandWriter writer, StartFilePositiveAnswer command, ProtocolLevel level)
    {
        writer.WriteCommand(Command);
        writer.WriteNumeric(CountField(level), command.AnswerCount);
    }

    private static FieldDefinition CountField(ProtocolLevel level) => Levels.IsOftp2(level) ? AnswerCount : AnswerCountRevision14;
}
