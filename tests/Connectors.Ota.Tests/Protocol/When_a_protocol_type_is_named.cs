using Connectors.Ota.Protocol.Envelope;

namespace Connectors.Ota.Tests.Protocol;

public sealed class When_a_protocol_type_is_named
{
    [Theory]
    [InlineData("HTTP", false, false, false)]
    [InlineData("HTTPS", true, false, false)]
    [InlineData("HTTP-OXTA", false, true, false)]
    [InlineData("HTTPS-OXTA", true, true, false)]
    [InlineData("OTAH-ATCH", false, true, true)]
    [InlineData("OTAHS-ATCH", true, true, true)]
    [InlineData("HTTP-ATCH", false, false, true)]
    [InlineData("HTTPS-ATCH", true, false, true)]
    public void Its_wire_name_reads_back_and_says_what_it_implies(string wireName, bool secure, bool guaranteed, bool attachments)
    {
        Assert.True(OtaProtocolTypes.TryParse(wireName, out var type), $"{wireName} was not recognised");
        Assert.True(type.WireName() == wireName, $"{wireName} reads back as {type.WireName()}");
        Assert.True(type.IsSecure() == secure, $"{wireName} says TLS is {(type.IsSecure() ? "used" : "not used")}");
        Assert.True(type.IsGuaranteed() == guaranteed, $"{wireName} says delivery is {(type.IsGuaranteed() ? string.Empty : "not ")}guaranteed");
        Assert.True(type.CarriesAttachments() == attachments, $"{wireName} says attachments are {(type.CarriesAttachments() ? string.Empty : "not ")}carried");
    }

    [Fact]
    public void SMTP_is_not_a_type_spoken_here()
    {
        Assert.True(!OtaProtocolTypes.TryParse("SMTP", out _), "SMTP was recognised, but e-mail is not served");
    }
}
