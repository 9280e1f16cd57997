using Connectors.Oftp2.Protocol.Buffers;
using Connectors.Oftp2.Protocol.Commands.Fields;

namespace Connectors.Oftp2.Protocol.Commands.Layouts;

/// <summary>DATA, RFC 5024 §5.3.6: the command octet, then subrecords (§7.2), which are checked here too.</summary>
internal sealed class DataExchangeBufferLayout : ICommandLayout<DataExchangeBuffer>
{
    public static readonly FieldDefinition Command = FieldDefinition.Command("DATACMD", 'D');
    public static readonly FieldDefinition Payload = new("DATABUF", 1, FieldDefinition.VariableWidth, FieldKind.Binary);

    private static readonly FieldDefinition[] Fields = [Command, Payload];

    public static IReadOnlyList<FieldDefinition> FieldsAt(ProtocolLevel level) => Fields;

    public static DataExchangeBuffer Read(ref CommandReader reader, ProtocolLevel level)
    {
        reader.ReadCommand(Command);
        var payload = reader.ReadToEnd(Payload);

        // The codec cannot know whether compression was negotiated here, so it accepts compressed subrecords;
        // the data path checks that with DataBufferReader.
        var subrecords = DataBufferReader.OverSubrecords(payload, compressionAllowed: true);
        while (subrecords.TryRead(out _))
        {
        }

        return new DataExchangeBuffer(payload.ToArray());
    }

    public static int GetLength(DataExchangeBuffer command, ProtocolLevel level) => 1 + command.Subrecords.Length;

    public static void Write(ref CommandWriter writer, DataExchangeBuffer command, ProtocolLevel level)
    {
        writer.WriteCommand(Command);
        writer.WriteFixedBinary(Payload with { Width = command.Subrecords.Length }, command.Subrecords.Span);
    }
}
