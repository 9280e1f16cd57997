using Connectors.Oftp2.Protocol.Commands.Fields;

namespace Connectors.Oftp2.Protocol.Commands.Layouts;

/// <summary>SECD, RFC 5024 §5.3.16: the command octet alone.</summary>
internal sealed class SecurityChangeDirectionLayout : ICommandLayout<SecurityChangeDirection>
{
    public static readonly FieldDefinition Command = FieldDefinition.Command("SECDCMD", 'J');

    private static readonly FieldDefinition[] Fields = [Command];

    public static IReadOnlyList<FieldDefinition> FieldsAt(ProtocolLevel level) => Fields;

    public static SecurityChangeDirection Read(ref CommandReader reader, ProtocolLevel level)
    {
        reader.ExpectLength("SECD", 1);
        reader.ReadCommand(Command);
        return SecurityChangeDirection.Instance;
    }

    public static int GetLength(SecurityChangeDirection command, ProtocolLevel level) => 1;

    public static void Write(ref CommandWriter writer, SecurityChangeDirection command, ProtocolLevel level) => writer.WriteCommand(Command);
}
