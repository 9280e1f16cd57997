using Connectors.Oftp2.Protocol;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Fields;
using Connectors.Oftp2.Protocol.Commands.Layouts;
using Connectors.Oftp2.Tests.Protocol.Support;

namespace Connectors.Oftp2.Tests.Protocol;

/// <summary>
/// The field tables say what RFC 5024 §5.3 says: fields follow each other without gap or overlap, the positions
/// are the RFC's, names carry the command's name, and the encoded length is the table's.
/// </summary>
public sealed class When_checking_command_layout_tables
{
    private static readonly Dictionary<string, Func<ProtocolLevel, IReadOnlyList<FieldDefinition>>> Tables = new()
    {
        ["SSRM"] = StartSessionReadyMessageLayout.FieldsAt,
        ["SSID"] = StartSessionLayout.FieldsAt,
        ["SECD"] = SecurityChangeDirectionLayout.FieldsAt,
        ["AUCH"] = AuthenticationChallengeLayout.FieldsAt,
        ["AURP"] = AuthenticationResponseLayout.FieldsAt,
        ["SFID"] = StartFileLayout.FieldsAt,
        ["SFPA"] = StartFilePositiveAnswerLayout.FieldsAt,
        ["SFNA"] = StartFileNegativeAnswerLayout.FieldsAt,
        ["DATA"] = DataExchangeBufferLayout.FieldsAt,
        ["CDT"] = SetCreditLayout.FieldsAt,
        ["EFID"] = EndFileLayout.FieldsAt,
        ["EFPA"] = EndFilePositiveAnswerLayout.FieldsAt,
        ["EFNA"] = EndFileNegativeAnswerLayout.FieldsAt,
        ["ESID"] = EndSessionLayout.FieldsAt,
        ["CD"] = ChangeDirectionLayout.FieldsAt,
        ["EERP"] = EndToEndResponseLayout.FieldsAt,
        ["NERP"] = NegativeEndResponseLayout.FieldsAt,
        ["RTR"] = ReadyToReceiveLayout.FieldsAt,
    };

    public static TheoryData<string, ProtocolLevel> Layouts()
    {
        var data = new TheoryData<string, ProtocolLevel>();
        foreach (var name in Tables.Keys)
        {
            data.Add(name, ProtocolLevel.Revision20);
            data.Add(name, ProtocolLevel.Revision14);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Fields_follow_each_other_from_position_zero(string command, ProtocolLevel level)
    {
        var fields = Tables[command](level);
        Expect.Equal(FieldKind.CommandCode, fields[0].Kind, $"{command} level {(int)level}: first field");
        var position = 0;
        var afterVariable = false;
        foreach (var field in fields)
        {
            Assert.True(field.Name.StartsWith(command, StringComparison.Ordinal), $"{command}: field {field.Name} carries the command name");
            if (afterVariable)
            {
                Expect.Equal(FieldDefinition.AfterVariableField, field.Position, $"{command} level {(int)level}: {field.Name} after a variable field");
            }
            else
            {
                Expect.Equal(position, field.Position, $"{command} level {(int)level}: position of {field.Name}");
            }

            position += field.Width;
            afterVariable |= field.Width == FieldDefinition.VariableWidth;
        }

        Expect.Equal(fields.Count, fields.Select(f => f.Name).Distinct().Count(), $"{command} level {(int)level}: field names are unique");
    }

    [Theory]
    [InlineData("SSRM", 19)]
    [InlineData("SSID", 61)]
    [InlineData("SFID", 165)]
    [InlineData("SFPA", 18)]
    [InlineData("SFNA", 7)]
    [InlineData("CDT", 3)]
    [InlineData("EFID", 35)]
    [InlineData("EFPA", 2)]
    [InlineData("EFNA", 6)]
    [InlineData("ESID", 7)]
    [InlineData("CD", 1)]
    [InlineData("EERP", 110)]
    [InlineData("NERP", 135)]
    [InlineData("RTR", 1)]
    [InlineData("SECD", 1)]
    [InlineData("AUCH", 3)]
    [InlineData("AURP", 21)]
    public void The_fixed_part_has_the_rfc_length(string command, int length)
    {
        var fixedPart = Tables[command](ProtocolLevel.Revision20).Sum(field => field.Width);
        Expect.Equal(length, fixedPart, $"{command}: octets of its fixed-width fields");
    }

    [Fact]
    public void Every_command_encodes_to_the_length_it_announces()
    {
        foreach (var command in SampleCommands.All)
        {
            var encoded = CommandEncoder.Encode(command);
            Expect.Equal(CommandEncoder.GetEncodedLength(command), encoded.Length, $"{command.Code.GetName()}: encoded length");
            Expect.Equal((byte)command.Code, encoded[0], $"{command.Code.GetName()}: command octet");
        }
    }
}
