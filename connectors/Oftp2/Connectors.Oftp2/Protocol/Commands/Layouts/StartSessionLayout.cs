using Connectors.Oftp2.Protocol.Commands.Fields;
using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Protocol.Commands.Layouts;

/// <summary>
/// SSID, RFC 5024 §5.3.2. Its own SSIDLEV decides the layout: below level 5 the SSIDAUTH octet is part of a
/// five-octet reserved field, so both generations are 61 octets.
/// </summary>
internal sealed class StartSessionLayout : ICommandLayout<StartSession>
{
    public static readonly FieldDefinition Command = FieldDefinition.Command("SSIDCMD", 'X');
    public static readonly FieldDefinition Level = FieldDefinition.Numeric("SSIDLEV", 1, 1, minimum: 1);
    public static readonly FieldDefinition IdentificationCode = FieldDefinition.Identification("SSIDCODE", 2, 25);
    public static readonly FieldDefinition Password = FieldDefinition.Alphanumeric("SSIDPSWD", 27, 8);
    public static readonly FieldDefinition BufferSize = FieldDefinition.Numeric("SSIDSDEB", 35, 5, minimum: 128, maximum: 99999);
    public static readonly FieldDefinition Capability = FieldDefinition.Choice("SSIDSR", 40, "SRB");
    public static readonly FieldDefinition BufferCompression = FieldDefinition.YesNo("SSIDCMPR", 41);
    public static readonly FieldDefinition Restart = FieldDefinition.YesNo("SSIDREST", 42);
    public static readonly FieldDefinition SpecialLogic = FieldDefinition.YesNo("SSIDSPEC", 43);

    // §9.7 Max-window: 0 < credit < 1000.
    public static readonly FieldDefinition Credit = FieldDefinition.Numeric("SSIDCRED", 44, 3, minimum: 1, maximum: 999);
    public static readonly FieldDefinition SecureAuthentication = FieldDefinition.YesNo("SSIDAUTH", 47);
    public static readonly FieldDefinition Reserved = FieldDefinition.Reserved("SSIDRSV1", 48, 4);
    public static readonly FieldDefinition ReservedBeforeLevel5 = FieldDefinition.Reserved("SSIDRSV1", 47, 5);
    public static readonly FieldDefinition UserData = FieldDefinition.UserData("SSIDUSER", 52, 8);
    public static readonly FieldDefinition CarriageReturn = FieldDefinition.CarriageReturn("SSIDCR", 60);

    private const int Length = 61;

    private static readonly FieldDefinition[] Oftp2Fields =
    [
        Command, Level, IdentificationCode, Password, BufferSize, Capability, BufferCompression, Restart, SpecialLogic,
        Credit, SecureAuthentication, Reserved, UserData, CarriageReturn,
    ];

    private static readonly FieldDefinition[] Revision14Fields =
    [
        Command, Level, IdentificationCode, Password, BufferSize, Capability, BufferCompression, Restart, SpecialLogic,
        Credit, ReservedBeforeLevel5, UserData, CarriageReturn,
    ];

    public static IReadOnlyList<FieldDefinition> FieldsAt(ProtocolLevel level) => Levels.IsOftp2(level) ? Oftp2Fields : Revision14Fields;

    public static StartSession Read(ref CommandReader reader, ProtocolLevel level)
    {
        reader.ExpectLength("SSID", Length);
        reader.ReadCommand(Command);
        var sentLevel = (ProtocolLevel)reader.ReadInt32(Level);
        var identificationCode = reader.ReadString(IdentificationCode);
        var password = reader.ReadString(Password);
        var bufferSize = reader.ReadInt32(BufferSize);
        var capability = (SendReceiveCapability)reader.ReadChoice(Capability);
        var bufferCompression = reader.ReadYesNo(BufferCompression);
        var restart = reader.ReadYesNo(Restart);
        var specialLogic = reader.ReadYesNo(SpecialLogic);
        var credit = reader.ReadInt32(Credit);
        var secureAuthentication = false;
        if (Levels.IsOftp2(sentLevel))
        {
            secureAuthentication = reader.ReadYesNo(SecureAuthentication);
            reader.SkipReserved(Reserved);
        }
        else
        {
            reader.SkipReserved(ReservedBeforeLevel5);
        }

        var userData = reader.ReadString(UserData);
        reader.ReadCarriageReturn(CarriageReturn);
        return new StartSession
        {
            Level = sentLevel,
            IdentificationCode = identificationCode,
            Password = password,
            BufferSize = bufferSize,
            Capability = capability,
            BufferCompression = bufferCompression,
            Restart = restart,
            SpecialLogic = specialLogic,
            Credit = credit,
            SecureAuthentication = secureAuthentication,
            UserData = userData,
        };
    }

    public static int GetLength(StartSession command, ProtocolLevel level) => Length;

    public static void Write(ref CommandWriter writer, StartSession command, ProtocolLevel level)
    {
        writer.WriteCommand(Command);
        writer.WriteNumeric(Level, (int)command.Level);
        writer.WriteString(IdentificationCode, command.IdentificationCode);
        writer.WriteString(Password, command.Password);
        writer.WriteNumeric(BufferSize, command.BufferSize);
        writer.WriteChoice(Capability, (char)command.Capability);
        writer.WriteYesNo(BufferCompression, command.BufferCompression);
        writer.WriteYesNo(Restart, command.Restart);
        writer.WriteYesNo(SpecialLogic, command.SpecialLogic);
        writer.WriteNumeric(Credit, command.Credit);
        if (Levels.IsOftp2(command.Level))
        {
            writer.WriteYesNo(SecureAuthentication, command.SecureAuthentication);
            writer.WriteReserved(Reserved);
        }
        else if (command.SecureAuthentication)
        {
            throw Levels.NotAtLevel("SSIDAUTH", command.Level);
        }
        else
        {
            writer.WriteReserved(ReservedBeforeLevel5);
        }

        writer.WriteString(UserData, command.UserData);
        writer.WriteCarriageReturn(CarriageReturn);
    }
}
