namespace Connectors.Oftp2.Protocol.Commands.Layouts;

/// <summary>Which layout generation a protocol level uses.</summary>
internal static class Levels
{
    /// <summary>
    /// Level 5 (OFTP 2.0) and any later level use the RFC 5024 layouts; level 4 (revision 1.4) the shorter ones
    /// without security fields, reason texts or 13- and 17-digit counts.
    /// </summary>
    public static bool IsOftp2(ProtocolLevel level) => level >= ProtocolLevel.Revision20;

    public static ArgumentException NotAtLevel(string fieldOrCommand, ProtocolLevel level) =>
        new($"{fieldOrCommand} does not exist at protocol level {(int)level} (RFC 5024 §1.2 lists what 2.0 added)");
}
