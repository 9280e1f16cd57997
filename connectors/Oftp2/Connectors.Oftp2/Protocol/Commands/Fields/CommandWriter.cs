using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Protocol.Commands.Fields;

/// <summary>
/// Writes the fields of one command in table order into a span sized by the layout. A value the field does not
/// allow is a caller error and throws <see cref="ArgumentException"/> naming the field.
/// </summary>
internal ref struct CommandWriter
{
    private readonly Span<byte> _buffer;
    private int _offset;

    public CommandWriter(Span<byte> buffer)
    {
        _buffer = buffer;
    }

    public readonly int Written => _offset;

    public void WriteCommand(FieldDefinition field) => Take(field, 1)[0] = (byte)field.Allowed[0];

    public void WriteFixedText(FieldDefinition field) => Encoding.ASCII.GetBytes(field.Allowed, Take(field, field.Width));

    /// <summary>An X(n) field, left justified and padded with spaces (§5.3).</summary>
    public void WriteString(FieldDefinition field, string? value)
    {
        value ??= "";
        if (value.Length > field.Width)
        {
            throw Invalid(field, $"is longer than {field.Width} characters");
        }

        var target = Take(field, field.Width);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] > 0x7F)
            {
                throw Invalid(field, "holds a character outside ISO 646");
            }

            target[i] = (byte)value[i];
        }

        target[value.Length..].Fill(CharacterRules.Space);
        if (!CharacterRules.IsValid(field.Kind, target, out var problem))
        {
            throw Invalid(field, problem);
        }

        if (field.Required && value.AsSpan().TrimEnd(' ').IsEmpty)
        {
            throw Invalid(field, "is required");
        }
    }

    public void WriteReserved(FieldDefinition field) => Take(field, field.Width).Fill(CharacterRules.Space);

    /// <summary>A 9(n) field, right justified and padded with zeros (§5.3).</summary>
    public void WriteNumeric(FieldDefinition field, long value)
    {
        if (value < field.Minimum || value > field.Maximum)
        {
            throw Invalid(field, $"must be within {field.Minimum}-{field.Maximum}");
        }

        var target = Take(field, field.Width);
        for (var i = target.Length - 1; i >= 0; i--)
        {
            target[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    public void WriteChoice(FieldDefinition field, char value)
    {
        if (!field.Allowed.Contains(value, StringComparison.Ordinal))
        {
            throw Invalid(field, $"must be one of {string.Join('/', field.Allowed.ToCharArray())}");
        }

        Take(field, 1)[0] = (byte)value;
    }

    public void WriteYesNo(FieldDefinition field, bool value) => WriteChoice(field, value ? 'Y' : 'N');

    public void WriteCarriageReturn(FieldDefinition field) => Take(field, 1)[0] = CharacterRules.CarriageReturn;

    /// <summary>A 9(3) length field and the UTF-8 text after it.</summary>
    public void WriteText(FieldDefinition lengthField, FieldDefinition textField, string? text)
    {
        text ??= "";
        var length = Encoding.UTF8.GetByteCount(text);
        if (length > textField.Maximum)
        {
            throw Invalid(textField, $"is longer than {textField.Maximum} octets in UTF-8");
        }

        WriteNumeric(lengthField, length);
        Encoding.UTF8.GetBytes(text, Take(textField, length));
    }

    /// <summary>A U(2) length field in network byte order and the octets after it.</summary>
    public void WriteBinary(FieldDefinition lengthField, FieldDefinition dataField, ReadOnlySpan<byte> value)
    {
        if (value.Length > dataField.Maximum)
        {
            throw Invalid(dataField, $"is longer than {dataField.Maximum} octets");
        }

        BinaryPrimitives.WriteUInt16BigEndian(Take(lengthField, 2), (ushort)value.Length);
        value.CopyTo(Take(dataField, value.Length));
    }

    public void WriteFixedBinary(FieldDefinition field, ReadOnlySpan<byte> value)
    {
        if (value.Length != field.Width)
        {
            throw Invalid(field, $"must be exactly {field.Width} octets");
        }

        value.CopyTo(Take(field, field.Width));
    }

    /// <summary>CCYYMMDD and HHMMSScccc (§1.5.2).</summary>
    public void WriteTimestamp(FieldDefinition dateField, FieldDefinition timeField, VirtualFileTimestamp value)
    {
        WriteNumeric(dateField, (value.Date.Year * 10000L) + (value.Date.Month * 100L) + value.Date.Day);
        WriteNumeric(
            timeField,
            (value.Time.Hour * 100000000L) + (value.Time.Minute * 1000000L) + (value.Time.Second * 10000L) + value.Counter);
    }

    internal static ArgumentException Invalid(FieldDefinition field, string problem) =>
        new($"{field.Name} {problem} (RFC 5024 §5.3)");

    private Span<byte> Take(FieldDefinition field, int width)
    {
        Debug.Assert(
            field.Position == FieldDefinition.AfterVariableField || field.Position == _offset,
            $"{field.Name} is written at octet {_offset} but its table places it at {field.Position}");
        var target = _buffer.Slice(_offset, width);
        _offset += width;
        return target;
    }
}
