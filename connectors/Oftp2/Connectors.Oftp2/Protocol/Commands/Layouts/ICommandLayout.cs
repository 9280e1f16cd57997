using Connectors.Oftp2.Protocol.Commands.Fields;

namespace Connectors.Oftp2.Protocol.Commands.Layouts;

/// <summary>
/// The field table of one command (RFC 5024 §5.3) and the code that walks it in both directions. The table is
/// the single statement of positions, widths and formats; reader and writer assert they follow it.
/// </summary>
internal interface ICommandLayout<TCommand>
    where TCommand : OdetteCommand
{
    /// <summary>The fields of the command at <paramref name="level"/>, in wire order.</summary>
    static abstract IReadOnlyList<FieldDefinition> FieldsAt(ProtocolLevel level);

    static abstract TCommand Read(ref CommandReader reader, ProtocolLevel level);

    static abstract int GetLength(TCommand command, ProtocolLevel level);

    static abstract void Write(ref CommandWriter writer, TCommand command, ProtocolLevel level);
}
