using Connectors.Oftp2.Protocol.Commands.Fields;

namespace Connectors.Oftp2.Protocol.Commands.Layouts;

/// <summary>RTR, RFC 5024 §5.3.15: the command octet alone.</summary>
internal sealed class ReadyToReceiveLayout : ICommandLayout<ReadyToReceive>
{
    public static readonly FieldDefinition Command = FieldDefinition.Command("RTRCMD", 'P');

    private static readonly FieldDefinition[] Fields = [Command];

    public static IReadOnlyList<FieldDefinition> FieldsAt(ProtocolLevel level) => Fields;

    public static ReadyToReceive Read(ref CommandReader reader, ProtocolLevel level)
    {
        reader.ExpectLength("RTR", 1);
        reader.ReadCommand(Command);
        return ReadyToReceive.Instance;
    }

    public static int GetLength(ReadyToReceive command, ProtocolLevel level) => 1;

    public static void Write(ref CommandWriter writer, ReadyToReceive command, ProtocolLevel level) => writer.WriteCommand(Command);
}
