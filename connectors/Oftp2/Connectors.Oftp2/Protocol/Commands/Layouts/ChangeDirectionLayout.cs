using Connectors.Oftp2.Protocol.Commands.Fields;

namespace Connectors.Oftp2.Protocol.Commands.Layouts;

/// <summary>CD, RFC 5024 §5.3.12: the command octet alone.</summary>
internal sealed class ChangeDirectionLayout : ICommandLayout<ChangeDirection>
{
    public static readonly FieldDefinition Command = FieldDefinition.Command("CDCMD", 'R');

    private static readonly FieldDefinition[] Fields = [Command];

    public static IReadOnlyList<FieldDefinition> FieldsAt(ProtocolLevel level) => Fields;

    public static ChangeDirection Read(ref CommandReader reader, ProtocolLevel level)
    {
        reader.ExpectLength("CD", 1);
        reader.ReadCommand(Command);
        return ChangeDirection.Instance;
    }

    public static int GetLength(ChangeDirection command, ProtocolLevel level) => 1;

    public static void Write(ref CommandWriter writer, ChangeDirection command, ProtocolLevel level) => writer.WriteCommand(Command);
}
