namespace Connectors.Oftp2.Protocol.Commands.Fields;

/// <summary>The character sets of RFC 5024 §5.3 (X(n) strings) and §5.4 (identification codes), on octets.</summary>
internal static class CharacterRules
{
    public const byte Space = (byte)' ';
    public const byte CarriageReturn = 0x0D;

    // §5.1.2 and §5.3.1: a carriage return may also arrive with its high bit set.
    public const byte CarriageReturnHighBit = 0x8D;

    /// <summary>The X(n) set: 0-9, A-Z and / - . &amp; ( ) space.</summary>
    public static bool IsStringCharacter(byte value) =>
        value is >= (byte)'0' and <= (byte)'9'
            or >= (byte)'A' and <= (byte)'Z'
            or (byte)'/' or (byte)'-' or (byte)'.' or (byte)'&' or (byte)'(' or (byte)')' or Space;

    /// <summary>ISO 646 IRV printable characters, space to tilde.</summary>
    public static bool IsPrintable(byte value) => value is >= 0x20 and <= 0x7E;

    /// <summary>Whether the characters of a field of <paramref name="kind"/>, and where its spaces stand, are valid.</summary>
    public static bool IsValid(FieldKind kind, ReadOnlySpan<byte> padded, out string problem)
    {
        var value = padded.TrimEnd(Space);
        problem = "";
        switch (kind)
        {
            case FieldKind.UserData:
                if (padded.ContainsAnyExceptInRange((byte)0x20, (byte)0x7E))
                {
                    problem = "holds a character outside ISO 646 printable characters";
                }

                break;
            case FieldKind.Alphanumeric:
            case FieldKind.IdentificationCode:
                foreach (var octet in padded)
                {
                    if (!IsStringCharacter(octet))
                    {
                        problem = "holds a character outside 0-9, A-Z and / - . & ( ) space";
                        return false;
                    }
                }

                if (!value.IsEmpty && value[0] == Space)
                {
                    problem = "is not left justified";
                }
                else if (kind == FieldKind.Alphanumeric && value.Contains(Space))
                {
                    problem = "holds an embedded space";
                }

                break;
        }

        return problem.Length == 0;
    }
}
