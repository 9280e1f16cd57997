using System.Text;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Tests.Protocol.Support;

namespace Connectors.Oftp2.Tests.Protocol;

/// <summary>
/// The content an EERP or NERP signature covers is the named fields with their padding (RFC 5024 §5.3.13,
/// §5.3.14); for the signed EERP of the interop session it is exactly what Accord signed.
/// </summary>
public sealed class When_building_signed_response_content
{
    [Fact]
    public void The_interop_eerp_content_is_what_was_signed()
    {
        var transcript = InteropTranscript.Load("cms-file");
        var response = transcript.Frames.Select(f => CommandDecoder.Decode(f.ExchangeBuffer.Span)).OfType<EndToEndResponse>().Single();
        var signed = File.ReadAllBytes(Path.Combine(transcript.Folder, "eerp-signed-content.bin"));
        Expect.SameOctets(signed, ResponseSignedContent.For(response), "EERPDSN..EERPHSH of the cms-file EERP");
    }

    [Fact]
    public void User_data_is_not_signed()
    {
        var response = SampleCommands.EndToEndResponse with { Hash = new byte[] { 1, 2 } };
        Expect.SameOctets(
            ResponseSignedContent.For(response),
            ResponseSignedContent.For(response with { UserData = "OTHER" }),
            "content with other EERPUSER");
        Expect.Equal(26 + 8 + 10 + 25 + 25 + 2, ResponseSignedContent.For(response).Length, "octets of the signed EERP fields");
    }

    [Fact]
    public void The_nerp_content_adds_its_creator()
    {
        var response = SampleCommands.NegativeEndResponse with { Hash = new byte[] { 7 } };
        var content = ResponseSignedContent.For(response);
        var expected = "ORDERS-T.EDI".PadRight(26) + "20261122" + "1113250001" + "O0013000000CLIENT".PadRight(25)
            + "O0013000000SERVER".PadRight(25) + "O0013000000SERVER".PadRight(25) + "\u0007";
        Expect.SameOctets(Encoding.ASCII.GetBytes(expected), content, "NERPDSN..NERPCREA, NERPHSH");
    }
}
