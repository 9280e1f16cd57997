namespace Connectors.Oftp2.Protocol.Commands.Fields;

/// <summary>
/// One row of a command table of RFC 5024 §5.3: name, position, width and format, plus what the field's
/// description allows (range, enumerated values). Each command layout is a short list of these.
/// </summary>
internal sealed record FieldDefinition(string Name, int Position, int Width, FieldKind Kind)
{
    /// <summary>The position of a field that follows a variable-length one (blank in the RFC tables).</summary>
    public const int AfterVariableField = -1;

    /// <summary>The width of a field whose length another field gives.</summary>
    public const int VariableWidth = 0;

    /// <summary>Smallest value of a numeric field.</summary>
    public long Minimum { get; init; }

    /// <summary>Largest value of a numeric field, or the largest octet count of a variable field.</summary>
    public long Maximum { get; init; } = long.MaxValue;

    /// <summary>The allowed characters of a choice, the value of fixed text, or the command character.</summary>
    public string Allowed { get; init; } = "";

    /// <summary>Whether an X(n) field must not be all spaces.</summary>
    public bool Required { get; init; }

    public static FieldDefinition Command(string name, char code) =>
        new(name, 0, 1, FieldKind.CommandCode) { Allowed = code.ToString() };

    public static FieldDefinition Fixed(string name, int position, string value) =>
        new(name, position, value.Length, FieldKind.FixedText) { Allowed = value };

    public static FieldDefinition Alphanumeric(string name, int position, int width, bool required = false) =>
        new(name, position, width, FieldKind.Alphanumeric) { Required = required };

    public static FieldDefinition Identification(string name, int position, int width, bool required = true) =>
        new(name, position, width, FieldKind.IdentificationCode) { Required = required };

    public static FieldDefinition UserData(string name, int position, int width) =>
        new(name, position, width, FieldKind.UserData);

    public static FieldDefinition Reserved(string name, int position, int width) =>
        new(name, position, width, FieldKind.Reserved);

    public static FieldDefinition Numeric(string name, int position, int width, long minimum = 0, long? maximum = null) =>
        new(name, position, width, FieldKind.Numeric) { Minimum = minimum, Maximum = maximum ?? (Pow10(width) - 1) };

    public static FieldDefinition Choice(string name, int position, string allowed) =>
        new(name, position, 1, FieldKind.Choice) { Allowed = allowed };

    public static FieldDefinition YesNo(string name, int position) => Choice(name, position, "YN");

    public static FieldDefinition CarriageReturn(string name, int position) =>
        new(name, position, 1, FieldKind.CarriageReturn);

    public static FieldDefinition TextLength(string name, int position) =>
        new(name, position, 3, FieldKind.TextLength) { Maximum = 999 };

    public static FieldDefinition Text(string name, int position) =>
        new(name, position, VariableWidth, FieldKind.Utf8Text) { Maximum = 999 };

    public static FieldDefinition BinaryLength(string name, int position) =>
        new(name, position, 2, FieldKind.BinaryLength) { Maximum = ushort.MaxValue };

    public static FieldDefinition Binary(string name, int position) =>
        new(name, position, VariableWidth, FieldKind.Binary) { Maximum = ushort.MaxValue };

    public static FieldDefinition FixedBinary(string name, int position, int width) =>
        new(name, position, width, FieldKind.FixedBinary);

    private static long Pow10(int exponent)
    {
        long value = 1;
        for (var i = 0; i < exponent; i++)
        {
            value *= 10;
        }

        return value;
    }
}
