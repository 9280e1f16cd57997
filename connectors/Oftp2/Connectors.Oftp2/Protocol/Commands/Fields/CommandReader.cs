using System.Buffers.Binary;
using System.Diagnostics;
using System.Text;
using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Protocol.Commands.Fields;

/// <summary>
/// Reads the fields of one command exchange buffer in table order, checking each against its
/// <see cref="FieldDefinition"/>. Every fault becomes an <see cref="OdetteProtocolException"/> naming the field.
/// </summary>
internal ref struct CommandReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ReadOnlySpan<byte> _buffer;
    private int _offset;

    public CommandReader(ReadOnlySpan<byte> buffer)
    {
        _buffer = buffer;
    }

    /// <summary>ESID 07 unless the buffer has exactly the length of a fixed-length command.</summary>
    public readonly void ExpectLength(string commandName, int length)
    {
        if (_buffer.Length != length)
        {
            throw ProtocolErrors.SizeError(null, $"{commandName} is {length} octets, the exchange buffer holds {_buffer.Length}");
        }
    }

    /// <summary>ESID 07 unless the buffer is at least as long as the fixed part of a variable-length command.</summary>
    public readonly void ExpectMinimumLength(string commandName, int length)
    {
        if (_buffer.Length < length)
        {
            throw ProtocolErrors.SizeError(null, $"{commandName} is at least {length} octets, the exchange buffer holds {_buffer.Length}");
        }
    }

    /// <summary>ESID 07 when octets follow the last field.</summary>
    public readonly void ExpectEnd(string commandName)
    {
        if (_offset != _buffer.Length)
        {
            throw ProtocolErrors.SizeError(null, $"{commandName} ends at octet {_offset}, the exchange buffer holds {_buffer.Length}");
        }
    }

    public void ReadCommand(FieldDefinition field)
    {
        var octet = Take(field, 1)[0];
        if (octet != field.Allowed[0])
        {
            throw ProtocolErrors.UnknownCommand($"starting with 0x{octet:X2} read as {field.Name}");
        }
    }

    public void ReadFixedText(FieldDefinition field)
    {
        var value = Take(field, field.Width);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != field.Allowed[i])
            {
                throw ProtocolErrors.InvalidData(field.Name, $"is not '{field.Allowed}'");
            }
        }
    }

    /// <summary>An X(n) field without its right padding.</summary>
    public string ReadString(FieldDefinition field)
    {
        var padded = Take(field, field.Width);
        if (!CharacterRules.IsValid(field.Kind, padded, out var problem))
        {
            throw ProtocolErrors.InvalidData(field.Name, problem);
        }

        var value = padded.TrimEnd(CharacterRules.Space);
        if (field.Required && value.IsEmpty)
        {
            throw ProtocolErrors.InvalidData(field.Name, "is empty");
        }

        return Encoding.ASCII.GetString(value);
    }

    public void SkipReserved(FieldDefinition field) => Take(field, field.Width);

    public long ReadNumeric(FieldDefinition field)
    {
        var digits = Take(field, field.Width);
        long value = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                throw ProtocolErrors.InvalidData(field.Name, "holds a character other than the digits 0-9");
            }

            value = (value * 10) + (digit - '0');
        }

        if (value < field.Minimum || value > field.Maximum)
        {
            throw ProtocolErrors.InvalidData(field.Name, $"is outside {field.Minimum}-{field.Maximum}");
        }

        return value;
    }

    public int ReadInt32(FieldDefinition field)
    {
        Debug.Assert(field.Maximum <= int.MaxValue, "field fits an int");
        return (int)ReadNumeric(field);
    }

    public char ReadChoice(FieldDefinition field)
    {
        var octet = (char)Take(field, 1)[0];
        if (!field.Allowed.Contains(octet, StringComparison.Ordinal))
        {
            throw ProtocolErrors.InvalidData(field.Name, $"is not one of {string.Join('/', field.Allowed.ToCharArray())}");
        }

        return octet;
    }

    public bool ReadYesNo(FieldDefinition field) => ReadChoice(field) == 'Y';

    public void ReadCarriageReturn(FieldDefinition field)
    {
        var octet = Take(field, 1)[0];
        if (octet is not (CharacterRules.CarriageReturn or CharacterRules.CarriageReturnHighBit))
        {
            throw ProtocolErrors.InvalidData(field.Name, "is not a carriage return (0x0D or 0x8D)");
        }
    }

    /// <summary>A 9(3) length field and the T(n) UTF-8 text it announces.</summary>
    public string ReadText(FieldDefinition lengthField, FieldDefinition textField)
    {
        var length = ReadInt32(lengthField);
        var octets = Take(textField, length);
        try
        {
            return StrictUtf8.GetString(octets);
        }
        catch (DecoderFallbackException)
        {
            throw ProtocolErrors.InvalidData(textField.Name, "is not valid UTF-8");
        }
    }

    /// <summary>A U(2) length field and the U(n) octets it announces, copied out of the exchange buffer.</summary>
    public byte[] ReadBinary(FieldDefinition lengthField, FieldDefinition dataField)
    {
        var length = BinaryPrimitives.ReadUInt16BigEndian(Take(lengthField, 2));
        return Take(dataField, length).ToArray();
    }

    /// <summary>The rest of the exchange buffer, for DATA whose payload runs to its end.</summary>
    public ReadOnlySpan<byte> ReadToEnd(FieldDefinition field) => Take(field, _buffer.Length - _offset);

    public byte[] ReadFixedBinary(FieldDefinition field) => Take(field, field.Width).ToArray();

    /// <summary>A 9(8) CCYYMMDD date and a 9(10) HHMMSScccc time (§1.5.2) that must name a real instant.</summary>
    public VirtualFileTimestamp ReadTimestamp(FieldDefinition dateField, FieldDefinition timeField)
    {
        var date = ReadNumeric(dateField);
        var time = ReadNumeric(timeField);
        var (year, month, day) = ((int)(date / 10000), (int)(date / 100 % 100), (int)(date % 100));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw ProtocolErrors.InvalidData(dateField.Name, "is not a calendar date CCYYMMDD");
        }

        var (hour, minute, second) = ((int)(time / 100000000), (int)(time / 1000000 % 100), (int)(time / 10000 % 100));
        if (hour > 23 || minute > 59 || second > 59)
        {
            throw ProtocolErrors.InvalidData(timeField.Name, "is not a time of day HHMMSScccc");
        }

        return new VirtualFileTimestamp(new DateOnly(year, month, day), new TimeOnly(hour, minute, second), (int)(time % 10000));
    }

    private ReadOnlySpan<byte> Take(FieldDefinition field, int width)
    {
        Debug.Assert(
            field.Position == FieldDefinition.AfterVariableField || field.Position == _offset,
            $"{field.Name} is read at octet {_offset} but its table places it at {field.Position}");
        if (_buffer.Length - _offset < width)
        {
            throw ProtocolErrors.SizeError(field.Name, $"the exchange buffer ends at octet {_buffer.Length}, inside this field");
        }

        var value = _buffer.Slice(_offset, width);
        _offset += width;
        return value;
    }
}
