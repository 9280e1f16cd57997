using Connectors.Oftp2.Protocol.Commands.Fields;

namespace Connectors.Oftp2.Protocol.Commands.Layouts;

/// <summary>EFID, RFC 5024 §5.3.8; 9- and 12-digit counts at level 4.</summary>
internal sealed class EndFileLayout : ICommandLayout<EndFile>
{
    public static readonly FieldDefinition Command = FieldDefinition.Command("EFIDCMD", 'T');
    public static readonly FieldDefinition RecordCount = FieldDefinition.Numeric("EFIDRCNT", 1, 17);
    public static readonly FieldDefinition UnitCount = FieldDefinition.Numeric("EFIDUCNT", 18, 17);
    public static readonly FieldDefinition RecordCountRevision14 = FieldDefinition.Numeric("EFIDRCNT", 1, 9);
    public static readonly FieldDefinition UnitCountRevision14 = FieldDefinition.Numeric("EFIDUCNT", 10, 12);

    private static readonly FieldDefinition[] Oftp2Fields = [Command, RecordCount, UnitCount];
    private static readonly FieldDefinition[] Revision14Fields = [Command, RecordCountRevision14, UnitCountRevision14];

    public static IReadOnlyList<FieldDefinition> FieldsAt(ProtocolLevel level) => Levels.IsOftp2(level) ? Oftp2Fields : Revision14Fields;

    public static EndFile Read(ref CommandReader reader, ProtocolLevel level)
    {
        var fields = FieldsAt(level);
        reader.ExpectLength("EFID", GetLength(null!, level));
        reader.ReadCommand(Command);
        var records = reader.ReadNumeric(fields[1]);
        var units = reader.ReadNumeric(fields[2]);
        return new EndFile(records, units);
    }

    public static int GetLength(EndFile command, ProtocolLevel level) => Levels.IsOftp2(level) ? 35 : 22;

    public static void Write(ref CommandWriter writer, EndFile command, ProtocolLevel level)
    {
        var fields = FieldsAt(level);
        writer.WriteCommand(Command);
        writer.WriteNumeric(fields[1], command.RecordCount);
        writer.WriteNumeric(fields[2], command.UnitCount);
    }
}
