using Connectors.Oftp2.Protocol.Commands.Fields;

namespace Connectors.Oftp2.Protocol.Commands.Layouts;

/// <summary>SSRM, RFC 5024 §5.3.1; the same at every level.</summary>
internal sealed class StartSessionReadyMessageLayout : ICommandLayout<StartSessionReadyMessage>
{
    public static readonly FieldDefinition Command = FieldDefinition.Command("SSRMCMD", 'I');
    public static readonly FieldDefinition Message = FieldDefinition.Fixed("SSRMMSG", 1, "ODETTE FTP READY ");
    public static readonly FieldDefinition CarriageReturn = FieldDefinition.CarriageReturn("SSRMCR", 18);

    private const int Length = 19;
    private static readonly FieldDefinition[] Fields = [Command, Message, CarriageReturn];

    public static IReadOnlyList<FieldDefinition> FieldsAt(ProtocolLevel level) => Fields;

    public static StartSessionReadyMessage Read(ref CommandReader reader, ProtocolLevel level)
    {
        reader.ExpectLength("SSRM", Length);
        reader.ReadCommand(Command);
        reader.ReadFixedText(Message);
        reader.ReadCarriageReturn(CarriageReturn);
        return StartSessionReadyMessage.Instance;
    }

    public static int GetLength(StartSessionReadyMessage command, ProtocolLevel level) => Length;

    public static void Write(ref CommandWriter writer, StartSessionReadyMessage command, ProtocolLevel level)
    {
        writer.WriteCommand(Command);
        writer.WriteFixedText(Message);
        writer.WriteCarriageReturn(CarriageReturn);
    }
}
