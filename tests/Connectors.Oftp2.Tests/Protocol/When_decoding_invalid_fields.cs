using System.Text;
using Connectors.Oftp2.Protocol;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Reasons;
using Connectors.Oftp2.Tests.Protocol.Support;

namespace Connectors.Oftp2.Tests.Protocol;

/// <summary>
/// Each field is checked against its format (RFC 5024 §5.3): the error names the field and carries the ESID
/// reason — 01 unknown command, 06 invalid field data, 07 a length other than the command's, 02 a violation.
/// </summary>
public sealed class When_decoding_invalid_fields
{
    private static readonly byte[] ValidStartSession = CommandEncoder.Encode(SampleCommands.StartSession);
    private static readonly byte[] ValidStartFile = CommandEncoder.Encode(SampleCommands.StartFile);

    [Theory]
    [InlineData(1, "7", "SSIDLEV")]
    [InlineData(1, "0", "SSIDLEV")]
    [InlineData(2, "o", "SSIDCODE")]
    [InlineData(2, " ", "SSIDCODE")]
    [InlineData(27, "clipass ", "SSIDPSWD")]
    [InlineData(27, "CLI PASS", "SSIDPSWD")]
    [InlineData(35, "00127", "SSIDSDEB")]
    [InlineData(35, "4096 ", "SSIDSDEB")]
    [InlineData(40, "X", "SSIDSR")]
    [InlineData(41, "y", "SSIDCMPR")]
    [InlineData(42, "?", "SSIDREST")]
    [InlineData(43, " ", "SSIDSPEC")]
    [InlineData(44, "000", "SSIDCRED")]
    [InlineData(47, "J", "SSIDAUTH")]
    [InlineData(52, "\u0001", "SSIDUSER")]
    [InlineData(60, "\n", "SSIDCR")]
    public void A_start_session_field_is_checked(int position, string value, string field)
    {
        var buffer = Patch(ValidStartSession, position, value);
        if (field == "SSIDLEV" && value == "7")
        {
            // A future level is valid: it decodes and negotiates down (RFC 5024 §5.3.2).
            Expect.Equal((ProtocolLevel)7, ((StartSession)CommandDecoder.Decode(buffer)).Level, "SSIDLEV 7");
            return;
        }

        ExpectError(buffer, EndSessionReason.CommandContainedInvalidData, field);
    }

    [Theory]
    [InlineData(1, "orders", "SFIDDSN")]
    [InlineData(1, " ORDERS", "SFIDDSN")]
    [InlineData(30, "20261322", "SFIDDATE")]
    [InlineData(30, "20260230", "SFIDDATE")]
    [InlineData(38, "2413250001", "SFIDTIME")]
    [InlineData(56, "                         ", "SFIDDEST")]
    [InlineData(106, "X", "SFIDFMT")]
    [InlineData(107, "00080", "SFIDLRECL")]
    [InlineData(112, "000000000000A", "SFIDFSIZ")]
    [InlineData(155, "04", "SFIDSEC")]
    [InlineData(159, "2", "SFIDCOMP")]
    [InlineData(160, "9", "SFIDENV")]
    [InlineData(161, "y", "SFIDSIGN")]
    [InlineData(162, "0A0", "SFIDDESCL")]
    public void A_start_file_field_is_checked(int position, string value, string field) =>
        ExpectError(Patch(ValidStartFile, position, value), EndSessionReason.CommandContainedInvalidData, field);

    [Fact]
    public void An_unknown_cipher_suite_refuses_the_file_with_reason_15()
    {
        var error = ExpectError(Patch(ValidStartFile, 157, "07"), EndSessionReason.CommandContainedInvalidData, "SFIDCIPH");
        Expect.Equal(StartFileNegativeReason.CipherSuiteNotSupported, error.StartFileAnswer, "SFNA reason offered instead of ending the session");
    }

    [Fact]
    public void A_description_that_is_not_utf8_is_invalid()
    {
        var buffer = CommandEncoder.Encode(SampleCommands.StartFile with { Description = "ab" });
        buffer[^1] = 0xC3;
        ExpectError(buffer, EndSessionReason.CommandContainedInvalidData, "SFIDDESC");
    }

    [Fact]
    public void A_length_field_beyond_the_buffer_is_a_size_error()
    {
        ExpectError(Patch(ValidStartFile, 162, "005"), EndSessionReason.ExchangeBufferSizeError, "SFIDDESC");
        var challenge = CommandEncoder.Encode(new AuthenticationChallenge(new byte[10]));
        ExpectError(challenge[..^1], EndSessionReason.ExchangeBufferSizeError, "AUCHCHAL");
    }

    [Theory]
    [InlineData("SSID", 60)]
    [InlineData("SSID", 62)]
    [InlineData("SFID", 164)]
    [InlineData("SFID", 166)]
    [InlineData("CD", 2)]
    [InlineData("ESID", 8)]
    public void A_buffer_of_another_length_is_a_size_error(string command, int length)
    {
        var valid = SampleCommands.All.First(c => c.Code.GetName() == command);
        var encoded = CommandEncoder.Encode(valid);
        var buffer = new byte[length];
        encoded.AsSpan(0, Math.Min(length, encoded.Length)).CopyTo(buffer);
        buffer.AsSpan(Math.Min(length, encoded.Length)).Fill((byte)' ');
        var error = Expect.Throws<OdetteProtocolException>(() => CommandDecoder.Decode(buffer), $"{command} of {length} octets");
        Expect.Equal(EndSessionReason.ExchangeBufferSizeError, error.Reason, $"ESID reason for {command} of {length} octets");
    }

    [Theory]
    [InlineData((byte)'Z')]
    [InlineData((byte)'x')]
    [InlineData((byte)0x00)]
    public void An_unknown_command_is_not_recognised(byte code)
    {
        var error = Expect.Throws<OdetteProtocolException>(() => CommandDecoder.Decode([code, 0x20]), $"command 0x{code:X2}");
        Expect.Equal(EndSessionReason.CommandNotRecognised, error.Reason, "ESID reason");
    }

    [Fact]
    public void The_message_never_shows_the_password()
    {
        var error = ExpectError(Patch(ValidStartSession, 27, "secret12"), EndSessionReason.CommandContainedInvalidData, "SSIDPSWD");
        Assert.DoesNotContain("secret", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Encoding_a_value_the_field_does_not_allow_names_the_field()
    {
        var error = Expect.Throws<ArgumentException>(
            () => CommandEncoder.Encode(SampleCommands.StartFile with { DatasetName = "orders.edi" }),
            "a lower-case dataset name");
        Assert.True(error.Message.Contains("SFIDDSN", StringComparison.Ordinal), $"the message names SFIDDSN: {error.Message}");
        Expect.Throws<ArgumentException>(() => CommandEncoder.Encode(SampleCommands.StartSession with { Credit = 1000 }), "a credit of 1000");
        Expect.Throws<ArgumentException>(() => CommandEncoder.Encode(SampleCommands.StartFile with { MaximumRecordLength = 80 }), "LRECL on a T file");
        Expect.Throws<ArgumentException>(() => CommandEncoder.Encode(new EndSession(EndSessionReason.NormalTermination, new string('x', 1000))), "a reason text of 1000 octets");
    }

    private static OdetteProtocolException ExpectError(byte[] buffer, EndSessionReason reason, string field)
    {
        var error = Expect.Throws<OdetteProtocolException>(() => CommandDecoder.Decode(buffer), $"decoding with a bad {field}");
        Expect.Equal(reason, error.Reason, $"ESID reason for a bad {field}");
        Expect.Equal(field, error.FieldName, "field named by the error");
        return error;
    }

    private static byte[] Patch(byte[] valid, int position, string value)
    {
        var buffer = (byte[])valid.Clone();
        Encoding.Latin1.GetBytes(value).CopyTo(buffer, position);
        return buffer;
    }
}
