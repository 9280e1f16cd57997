using Connectors.Oftp2.Protocol.Commands.Fields;
using Connectors.Oftp2.Protocol.Commands.Layouts;

namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>
/// Decodes one exchange buffer (without its stream transmission header) into its command (RFC 5024 §5.3).
/// Anything RFC 5024 does not allow raises <see cref="OdetteProtocolException"/> and nothing else.
/// </summary>
public static class CommandDecoder
{
    /// <summary>
    /// Decodes <paramref name="exchangeBuffer"/> in the layout of the negotiated <paramref name="level"/> (4 or 5 and above).
    /// SSRM and SSID look the same at every level, so they decode before the level is agreed.
    /// </summary>
    public static OdetteCommand Decode(ReadOnlySpan<byte> exchangeBuffer, ProtocolLevel level = ProtocolLevel.Revision20)
    {
        if (level < ProtocolLevel.Revision14)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "command layouts exist for protocol level 4 and above");
        }

        var code = CommandCodes.Peek(exchangeBuffer);
        var reader = new CommandReader(exchangeBuffer);
        return code switch
        {
            CommandCode.StartSessionReadyMessage => Read<StartSessionReadyMessageLayout, StartSessionReadyMessage>(ref reader, level),
            CommandCode.StartSession => Read<StartSessionLayout, StartSession>(ref reader, level),
            CommandCode.SecurityChangeDirection => Read<SecurityChangeDirectionLayout, SecurityChangeDirection>(ref reader, Oftp2Only(code, level)),
            CommandCode.AuthenticationChallenge => Read<AuthenticationChallengeLayout, AuthenticationChallenge>(ref reader, Oftp2Only(code, level)),
            CommandCode.AuthenticationResponse => Read<AuthenticationResponseLayout, AuthenticationResponse>(ref reader, Oftp2Only(code, level)),
            CommandCode.StartFile => Read<StartFileLayout, StartFile>(ref reader, level),
            CommandCode.StartFilePositiveAnswer => Read<StartFilePositiveAnswerLayout, StartFilePositiveAnswer>(ref reader, level),
            CommandCode.StartFileNegativeAnswer => Read<StartFileNegativeAnswerLayout, StartFileNegativeAnswer>(ref reader, level),
            CommandCode.Data => Read<DataExchangeBufferLayout, DataExchangeBuffer>(ref reader, level),
            CommandCode.SetCredit => Read<SetCreditLayout, SetCredit>(ref reader, level),
            CommandCode.EndFile => Read<EndFileLayout, EndFile>(ref reader, level),
            CommandCode.EndFilePositiveAnswer => Read<EndFilePositiveAnswerLayout, EndFilePositiveAnswer>(ref reader, level),
            CommandCode.EndFileNegativeAnswer => Read<EndFileNegativeAnswerLayout, EndFileNegativeAnswer>(ref reader, level),
            CommandCode.EndSession => Read<EndSessionLayout, EndSession>(ref reader, level),
            CommandCode.ChangeDirection => Read<ChangeDirectionLayout, ChangeDirection>(ref reader, level),
            CommandCode.EndToEndResponse => Read<EndToEndResponseLayout, EndToEndResponse>(ref reader, level),
            CommandCode.NegativeEndResponse => Read<NegativeEndResponseLayout, NegativeEndResponse>(ref reader, level),
            CommandCode.ReadyToReceive => Read<ReadyToReceiveLayout, ReadyToReceive>(ref reader, level),
            _ => throw ProtocolErrors.UnknownCommand($"starting with 0x{exchangeBuffer[0]:X2}"),
        };
    }

    private static TCommand Read<TLayout, TCommand>(ref CommandReader reader, ProtocolLevel level)
        where TLayout : ICommandLayout<TCommand>
        where TCommand : OdetteCommand =>
        TLayout.Read(ref reader, level);

    // Secure authentication came with OFTP 2.0 (§1.2): at level 4 these identifiers name no command.
    private static ProtocolLevel Oftp2Only(CommandCode code, ProtocolLevel level) =>
        Levels.IsOftp2(level) ? level : throw ProtocolErrors.UnknownCommand($"{code.GetName()} at protocol level {(int)level}");
}
