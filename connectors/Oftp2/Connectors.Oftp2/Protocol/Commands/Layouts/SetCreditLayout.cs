using Connectors.Oftp2.Protocol.Commands.Fields;

namespace Connectors.Oftp2.Protocol.Commands.Layouts;

/// <summary>CDT, RFC 5024 §5.3.7.</summary>
internal sealed class SetCreditLayout : ICommandLayout<SetCredit>
{
    public static readonly FieldDefinition Command = FieldDefinition.Command("CDTCMD", 'C');
    public static readonly FieldDefinition Reserved = FieldDefinition.Reserved("CDTRSV1", 1, 2);

    private const int Length = 3;
    private static readonly FieldDefinition[] Fields = [Command, Reserved];

    public static IReadOnlyList<FieldDefinition> FieldsAt(ProtocolLevel level) => Fields;

    public static SetCredit Read(ref CommandReader reader, ProtocolLevel level)
    {
        reader.ExpectLength("CDT", Length);
        reader.ReadCommand(Command);
        reader.SkipReserved(Reserved);
        return SetCredit.Instance;
    }

    public static int GetLength(SetCredit command, ProtocolLevel level) => Length;

    public static void Write(ref CommandWriter writer, SetCredit command, ProtocolLevel level)
    {
        writer.WriteCommand(Command);
        writer.WriteReserved(Reserved);
    }
}
