namespace Connectors.Oftp2.Protocol.Commands.Fields;

/// <summary>The field formats of RFC 5024 §5.3, refined where a field family has its own character rules.</summary>
internal enum FieldKind
{
    /// <summary>F X(1): the command identifier, the first octet of every exchange buffer.</summary>
    CommandCode,

    /// <summary>F X(n) with a single allowed value, such as SSRMMSG.</summary>
    FixedText,

    /// <summary>X(n): digits, upper-case letters and / - . &amp; ( ); left justified, no embedded space (§5.3).</summary>
    Alphanumeric,

    /// <summary>X(n) holding an identification code (§5.4): the X(n) set, where the organisation code may hold spaces.</summary>
    IdentificationCode,

    /// <summary>X(n) user data, "used in any way" by bilateral agreement: any ISO 646 printable character.</summary>
    UserData,

    /// <summary>X(n) reserved: written as spaces, accepted with any content (robustness principle, §8.2).</summary>
    Reserved,

    /// <summary>9(n): decimal digits, right justified, zero padded, within a range.</summary>
    Numeric,

    /// <summary>F X(1) or F 9(1): one character from an enumerated list, such as Y/N.</summary>
    Choice,

    /// <summary>F X(1) carriage return: 0x0D, or 0x8D from partners.</summary>
    CarriageReturn,

    /// <summary>9(3): the octet length of the T(n) field that follows.</summary>
    TextLength,

    /// <summary>T(n): UTF-8 text whose length the preceding field gives.</summary>
    Utf8Text,

    /// <summary>U(2): the octet length, in network byte order, of the U(n) field that follows.</summary>
    BinaryLength,

    /// <summary>U(n): octets whose length the preceding field gives.</summary>
    Binary,

    /// <summary>U(n) with n fixed, such as AURPRSP.</summary>
    FixedBinary,
}
