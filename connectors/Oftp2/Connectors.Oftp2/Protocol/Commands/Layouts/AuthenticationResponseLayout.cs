using Connectors.Oftp2.Protocol.Commands.Fields;

namespace Connectors.Oftp2.Protocol.Commands.Layouts;

/// <summary>AURP, RFC 5024 §5.3.18: a fixed 20-octet response.</summary>
internal sealed class AuthenticationResponseLayout : ICommandLayout<AuthenticationResponse>
{
    public static readonly FieldDefinition Command = FieldDefinition.Command("AURPCMD", 'S');
    public static readonly FieldDefinition Response = FieldDefinition.FixedBinary("AURPRSP", 1, AuthenticationResponse.ResponseLength);

    private const int Length = 1 + AuthenticationResponse.ResponseLength;
    private static readonly FieldDefinition[] Fields = [Command, Response];

    public static IReadOnlyList<FieldDefinition> FieldsAt(ProtocolLevel level) => Fields;

    public static AuthenticationResponse Read(ref CommandReader reader, ProtocolLevel level)
    {
        reader.ExpectLength("AURP", Length);
        reader.ReadCommand(Command);
        return new AuthenticationResponse(reader.ReadFixedBinary(Response));
    }

    public static int GetLength(AuthenticationResponse command, ProtocolLevel level) => Length;

    public static void Write(ref CommandWriter writer, AuthenticationResponse command, ProtocolLevel level)
    {
        writer.WriteCommand(Command);
        writer.WriteFixedBinary(Response, command.Response.Span);
    }
}
