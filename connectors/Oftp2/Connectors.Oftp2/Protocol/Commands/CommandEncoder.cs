using System.Buffers;
using System.Diagnostics;
using Connectors.Oftp2.Protocol.Commands.Fields;
using Connectors.Oftp2.Protocol.Commands.Layouts;

namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>
/// Encodes commands into exchange buffers (RFC 5024 §5.3), OFTP 2.0 layout unless a lower negotiated level is given.
/// A value a field does not allow throws <see cref="ArgumentException"/> naming the field.
/// </summary>
public static class CommandEncoder
{
    /// <summary>The octets <paramref name="command"/> takes at <paramref name="level"/>.</summary>
    public static int GetEncodedLength(OdetteCommand command, ProtocolLevel level = ProtocolLevel.Revision20) =>
        Dispatch(command, [], level, measureOnly: true);

    /// <summary>Writes <paramref name="command"/> to the start of <paramref name="destination"/> and returns the octets written.</summary>
    public static int Encode(OdetteCommand command, Span<byte> destination, ProtocolLevel level = ProtocolLevel.Revision20) =>
        Dispatch(command, destination, level, measureOnly: false);

    /// <summary>Writes <paramref name="command"/> to <paramref name="output"/> and returns the octets written.</summary>
    public static int Encode(OdetteCommand command, IBufferWriter<byte> output, ProtocolLevel level = ProtocolLevel.Revision20)
    {
        ArgumentNullException.ThrowIfNull(output);
        var length = GetEncodedLength(command, level);
        Encode(command, output.GetSpan(length), level);
        output.Advance(length);
        return length;
    }

    /// <summary>The exchange buffer of <paramref name="command"/> as a new array.</summary>
    public static byte[] Encode(OdetteCommand command, ProtocolLevel level = ProtocolLevel.Revision20)
    {
        var buffer = new byte[GetEncodedLength(command, level)];
        Encode(command, buffer, level);
        return buffer;
    }

    private static int Dispatch(OdetteCommand command, Span<byte> destination, ProtocolLevel level, bool measureOnly)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (level < ProtocolLevel.Revision14)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "command layouts exist for protocol level 4 and above");
        }

        return command switch
        {
            StartSessionReadyMessage c => Write<StartSessionReadyMessageLayout, StartSessionReadyMessage>(c, destination, level, measureOnly),
            StartSession c => Write<StartSessionLayout, StartSession>(c, destination, level, measureOnly),
            SecurityChangeDirection c => Write<SecurityChangeDirectionLayout, SecurityChangeDirection>(c, destination, Oftp2Only(c, level), measureOnly),
            AuthenticationChallenge c => Write<AuthenticationChallengeLayout, AuthenticationChallenge>(c, destination, Oftp2Only(c, level), measureOnly),
            AuthenticationResponse c => Write<AuthenticationResponseLayout, AuthenticationResponse>(c, destination, Oftp2Only(c, level), measureOnly),
            StartFile c => Write<StartFileLayout, StartFile>(c, destination, level, measureOnly),
            StartFilePositiveAnswer c => Write<StartFilePositiveAnswerLayout, StartFilePositiveAnswer>(c, destination, level, measureOnly),
            StartFileNegativeAnswer c => Write<StartFileNegativeAnswerLayout, StartFileNegativeAnswer>(c, destination, level, measureOnly),
            DataExchangeBuffer c => Write<DataExchangeBufferLayout, DataExchangeBuffer>(c, destination, level, measureOnly),
            SetCredit c => Write<SetCreditLayout, SetCredit>(c, destination, level, measureOnly),
            EndFile c => Write<EndFileLayout, EndFile>(c, destination, level, measureOnly),
            EndFilePositiveAnswer c => Write<EndFilePositiveAnswerLayout, EndFilePositiveAnswer>(c, destination, level, measureOnly),
            EndFileNegativeAnswer c => Write<EndFileNegativeAnswerLayout, EndFileNegativeAnswer>(c, destination, level, measureOnly),
            EndSession c => Write<EndSessionLayout, EndSession>(c, destination, level, measureOnly),
            ChangeDirection c => Write<ChangeDirectionLayout, ChangeDirection>(c, destination, level, measureOnly),
            EndToEndResponse c => Write<EndToEndResponseLayout, EndToEndResponse>(c, destination, level, measureOnly),
            NegativeEndResponse c => Write<NegativeEndResponseLayout, NegativeEndResponse>(c, destination, level, measureOnly),
            ReadyToReceive c => Write<ReadyToReceiveLayout, ReadyToReceive>(c, destination, level, measureOnly),
            _ => throw new ArgumentException($"{command.GetType().Name} is not an RFC 5024 command", nameof(command)),
        };
    }

    private static int Write<TLayout, TCommand>(TCommand command, Span<byte> destination, ProtocolLevel level, bool measureOnly)
        where TLayout : ICommandLayout<TCommand>
        where TCommand : OdetteCommand
    {
        var length = TLayout.GetLength(command, level);
        if (measureOnly)
        {
            return length;
        }

        if (destination.Length < length)
        {
            throw new ArgumentException($"{command.Code.GetName()} needs {length} octets, the destination has {destination.Length}", nameof(destination));
        }

        var writer = new CommandWriter(destination[..length]);
        TLayout.Write(ref writer, command, level);
        Debug.Assert(writer.Written == length, $"{command.Code.GetName()} wrote {writer.Written} of {length} octets");
        return length;
    }

    private static ProtocolLevel Oftp2Only(OdetteCommand command, ProtocolLevel level) =>
        Levels.IsOftp2(level) ? level : throw Levels.NotAtLevel(command.Code.GetName(), level);
}
