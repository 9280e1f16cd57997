namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>Reading the command identifier of an exchange buffer, and the RFC 5024 name of each command.</summary>
public static class CommandCodes
{
    /// <summary>
    /// The command of an exchange buffer, from its first octet. Lets a session route DATA buffers to the
    /// allocation-free buffer reader before any command decoding. Throws ESID 01 for an unknown identifier.
    /// </summary>
    public static CommandCode Peek(ReadOnlySpan<byte> exchangeBuffer)
    {
        if (exchangeBuffer.IsEmpty)
        {
            throw ProtocolErrors.SizeError(null, "the exchange buffer is empty");
        }

        var code = (CommandCode)exchangeBuffer[0];
        return IsDefined(code) ? code : throw ProtocolErrors.UnknownCommand($"starting with 0x{exchangeBuffer[0]:X2}");
    }

    /// <summary>Whether <paramref name="code"/> is one of the commands of RFC 5024 §5.3.</summary>
    public static bool IsDefined(CommandCode code) => code is CommandCode.StartSessionReadyMessage
        or CommandCode.StartSession or CommandCode.SecurityChangeDirection or CommandCode.AuthenticationChallenge
        or CommandCode.AuthenticationResponse or CommandCode.StartFile or CommandCode.StartFilePositiveAnswer
        or CommandCode.StartFileNegativeAnswer or CommandCode.Data or CommandCode.SetCredit or CommandCode.EndFile
        or CommandCode.EndFilePositiveAnswer or CommandCode.EndFileNegativeAnswer or CommandCode.EndSession
        or CommandCode.ChangeDirection or CommandCode.EndToEndResponse or CommandCode.NegativeEndResponse
        or CommandCode.ReadyToReceive;

    /// <summary>The four-letter name RFC 5024 uses, for example "SSID".</summary>
    public static string GetName(this CommandCode code) => code switch
    {
        CommandCode.StartSessionReadyMessage => "SSRM",
        CommandCode.StartSession => "SSID",
        CommandCode.SecurityChangeDirection => "SECD",
        CommandCode.AuthenticationChallenge => "AUCH",
        CommandCode.AuthenticationResponse => "AURP",
        CommandCode.StartFile => "SFID",
        CommandCode.StartFilePositiveAnswer => "SFPA",
        CommandCode.StartFileNegativeAnswer => "SFNA",
        CommandCode.Data => "DATA",
        CommandCode.SetCredit => "CDT",
        CommandCode.EndFile => "EFID",
        CommandCode.EndFilePositiveAnswer => "EFPA",
        CommandCode.EndFileNegativeAnswer => "EFNA",
        CommandCode.EndSession => "ESID",
        CommandCode.ChangeDirection => "CD",
        CommandCode.EndToEndResponse => "EERP",
        CommandCode.NegativeEndResponse => "NERP",
        CommandCode.ReadyToReceive => "RTR",
        _ => $"0x{(int)code:X2}",
    };
}
