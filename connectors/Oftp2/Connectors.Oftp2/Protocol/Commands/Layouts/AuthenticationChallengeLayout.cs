using Connectors.Oftp2.Protocol.Commands.Fields;

namespace Connectors.Oftp2.Protocol.Commands.Layouts;

/// <summary>AUCH, RFC 5024 §5.3.17.</summary>
internal sealed class AuthenticationChallengeLayout : ICommandLayout<AuthenticationChallenge>
{
    public static readonly FieldDefinition Command = FieldDefinition.Command("AUCHCMD", 'A');
    public static readonly FieldDefinition ChallengeLength = FieldDefinition.BinaryLength("AUCHCHLL", 1);
    public static readonly FieldDefinition Challenge = FieldDefinition.Binary("AUCHCHAL", 3);

    private const int FixedLength = 3;
    private static readonly FieldDefinition[] Fields = [Command, ChallengeLength, Challenge];

    public static IReadOnlyList<FieldDefinition> FieldsAt(ProtocolLevel level) => Fields;

    public static AuthenticationChallenge Read(ref CommandReader reader, ProtocolLevel level)
    {
        reader.ExpectMinimumLength("AUCH", FixedLength);
        reader.ReadCommand(Command);
        var challenge = reader.ReadBinary(ChallengeLength, Challenge);
        reader.ExpectEnd("AUCH");
        return new AuthenticationChallenge(challenge);
    }

    public static int GetLength(AuthenticationChallenge command, ProtocolLevel level) => FixedLength + command.Challenge.Length;

    public static void Write(ref CommandWriter writer, AuthenticationChallenge command, ProtocolLevel level)
    {
        writer.WriteCommand(Command);
        writer.WriteBinary(ChallengeLength, Challenge, command.Challenge.Span);
    }
}
