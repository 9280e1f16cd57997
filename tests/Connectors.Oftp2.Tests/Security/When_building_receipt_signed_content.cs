using System.Globalization;
using System.Text;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Security;
using Connectors.Oftp2.Tests.Security.Support;

namespace Connectors.Oftp2.Tests.Security;

/// <summary>
/// The octets a receipt signature covers are the EERP (or NERP) fields as on the wire, padding included
/// (RFC 5024 §5.3.13, §5.3.14). Built from the EERP fields the cms-file capture lists, they must equal
/// eerp-signed-content.bin, the content of the listener's signature.
/// </summary>
public sealed class When_building_receipt_signed_content
{
    private static readonly VirtualFileTimestamp CaptureTimestamp = new(new DateOnly(2026, 11, 22), new TimeOnly(11, 14, 17), 1);

    [Fact]
    public void The_eerp_fields_of_the_capture_give_the_signed_content_octet_for_octet()
    {
        var fields = DecodedListing.Fields("cms-file", "EERP");
        var time = fields["EERPTIME"];
        var content = new EndToEndResponseSignedContent(
            fields["EERPDSN"].TrimEnd(),
            new VirtualFileTimestamp(
                DateOnly.ParseExact(fields["EERPDATE"], "yyyyMMdd", CultureInfo.InvariantCulture),
                TimeOnly.ParseExact(time[..6], "HHmmss", CultureInfo.InvariantCulture),
                int.Parse(time[6..], CultureInfo.InvariantCulture)),
            fields["EERPDEST"].TrimEnd(),
            fields["EERPORIG"].TrimEnd(),
            Convert.FromHexString(fields["EERPHSH"]));

        Expect.SameOctets(SharedReference.ReadInterop("cms-file", "eerp-signed-content.bin"), content.ToBytes(), "EERP signed content built from decoded.txt");
    }

    [Fact]
    public void Eerp_fields_are_padded_to_their_widths_and_leave_out_eerpuser()
    {
        var hash = new byte[] { 1, 2, 3 };
        var octets = new EndToEndResponseSignedContent("A.B", CaptureTimestamp, "DEST", "ORIG", hash).ToBytes();
        var text = Encoding.ASCII.GetString(octets, 0, 94);

        Assert.True(octets.Length == 26 + 8 + 10 + 25 + 25 + 3, $"EERP signed content should be 94 octets plus the hash, was {octets.Length}");
        Assert.True(text[..26] == "A.B".PadRight(26), "EERPDSN should be left justified in 26 octets");
        Assert.True(text[26..44] == "202611221114170001", $"EERPDATE and EERPTIME should follow EERPDSN directly, was '{text[26..44]}'");
        Assert.True(text[44..69] == "DEST".PadRight(25), "EERPDEST should be left justified in 25 octets");
        Assert.True(text[69..94] == "ORIG".PadRight(25), "EERPORIG should be left justified in 25 octets");
        Assert.True(octets.AsSpan(94).SequenceEqual(hash), "EERPHSH should close the content");
    }

    [Fact]
    public void Nerp_fields_add_the_creator_after_the_originator()
    {
        var hash = new byte[] { 9, 8 };
        var octets = new NegativeEndResponseSignedContent("FILE", CaptureTimestamp, "DEST", "ORIG", "CREATOR", hash).ToBytes();
        var text = Encoding.ASCII.GetString(octets, 0, 119);

        Assert.True(octets.Length == 26 + 8 + 10 + 25 + 25 + 25 + 2, $"NERP signed content should be 119 octets plus the hash, was {octets.Length}");
        Assert.True(text[69..94] == "ORIG".PadRight(25), "NERPORIG should sit where EERPORIG does");
        Assert.True(text[94..119] == "CREATOR".PadRight(25), "NERPCREA should follow NERPORIG in 25 octets");
        Assert.True(octets.AsSpan(119).SequenceEqual(hash), "NERPHSH should close the content");
    }

    [Fact]
    public void A_field_longer_than_its_width_is_refused()
    {
        var tooLong = new string('X', 27);

        var error = Expect.Failure<ArgumentException>(
            () => new EndToEndResponseSignedContent(tooLong, CaptureTimestamp, "DEST", "ORIG", Array.Empty<byte>()).ToBytes(),
            "a 27-character EERPDSN should be refused");
        Assert.True(error.Message.Contains("EERPDSN", StringComparison.Ordinal), $"the error should name EERPDSN: {error.Message}");
    }
}
