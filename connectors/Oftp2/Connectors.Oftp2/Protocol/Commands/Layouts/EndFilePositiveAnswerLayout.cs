using Connectors.Oftp2.Protocol.Commands.Fields;

namespace Connectors.Oftp2.Protocol.Commands.Layouts;

/// <summary>EFPA, RFC 5024 §5.3.9.</summary>
internal sealed class EndFilePositiveAnswerLayout : ICommandLayout<EndFilePositiveAnswer>
{
    public static readonly FieldDefinition Command = FieldDefinition.Command("EFPACMD", '4');
    public static readonly FieldDefinition ChangeDirection = FieldDefinition.YesNo("EFPACD", 1);

    private const int Length = 2;
    private static readonly FieldDefinition[] Fields = [Command, ChangeDirection];

    public static IReadOnlyList<FieldDefinition> FieldsAt(ProtocolLevel level) => Fields;

    public static EndFilePositiveAnswer Read(ref CommandReader reader, ProtocolLevel level)
    {
        reader.ExpectLength("EFPA", Length);
        reader.ReadCommand(Command);
        return new EndFilePositiveAnswer(reader.ReadYesNo(ChangeDirection));
    }

    public static int GetLength(EndFilePositiveAnswer command, ProtocolLevel level) => Length;

    public static void Write(ref CommandWriter writer, EndFilePositiveAnswer command, ProtocolLevel level)
    {
        writer.WriteCommand(Command);
        writer.WriteYesNo(ChangeDirection, command.ChangeDirectionRequested);
    }
}
