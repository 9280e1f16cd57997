using Connectors.Ota.Protocol.Digest;

namespace Connectors.Ota.Tests.Protocol;

public sealed class When_a_digest_is_computed
{
    /// <summary>The Authorization header of the reference's example post, with its line folds.</summary>
    private const string ReferenceHeader =
        "Digest username=\"myusername\",\r\n realm=\"testrealm@host.com\",\r\n nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\",\r\n uri=\"/dir/index.html\",\r\n" +
        "qop=auth,\r\nnc=00000001,\r\ncnonce=\"0a4f113b\",\r\nresponse=\"6629fae49393a05397450978507c4ef1\",\r\nopaque=\"5ccc069c403ebaf9f0171e9517f40e41\"";

    [Fact]
    public void The_reference_header_is_read_field_by_field()
    {
        var response = DigestResponse.Parse(ReferenceHeader);

        Assert.True(response is not null, "the reference's Authorization header could not be read");
        Assert.True(response!.Realm == "testrealm@host.com", $"realm read as '{response.Realm}'");
        Assert.True(response.Nonce == "dcd98b7102dd2f0e8b11d0f600bfb0c093", $"nonce read as '{response.Nonce}'");
        Assert.True(response.NonceCount == "00000001" && response.QualityOfProtection == "auth", $"nc and qop read as '{response.NonceCount}' and '{response.QualityOfProtection}'");
        Assert.True(response.ClientNonce == "0a4f113b" && response.Opaque == "5ccc069c403ebaf9f0171e9517f40e41", "cnonce or opaque were not read as written");
    }

    [Fact]
    public void The_reference_response_is_reproduced_from_the_credentials_it_was_made_with()
    {
        // The example's response value is RFC 2617's own example, made for Mufasa with "Circle Of Life" on a GET.
        var response = DigestCalculator.Response(
            DigestAlgorithm.Md5, "Mufasa", "testrealm@host.com", "Circle Of Life", "GET", "/dir/index.html", "dcd98b7102dd2f0e8b11d0f600bfb0c093", "auth", "00000001", "0a4f113b");

        Assert.True(response == "6629fae49393a05397450978507c4ef1", $"the MD5 response is {response}, not the reference's 6629fae49393a05397450978507c4ef1");
    }

    [Theory]
    [InlineData("MD5", "8ca523f5e9506fed4657c9700eebdbec")]
    [InlineData("SHA-256", "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")]
    public void The_examples_of_RFC_7616_are_reproduced(string algorithm, string expected)
    {
        var response = DigestCalculator.Response(
            DigestAlgorithm.Find(algorithm)!,
            "Mufasa",
            "http-auth@example.org",
            "Circle of Life",
            "GET",
            "/dir/index.html",
            "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
            "auth",
            "00000001",
            "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ");

        Assert.True(response == expected, $"the {algorithm} response is {response}, not RFC 7616's {expected}");
    }

    [Fact]
    public void A_client_picks_SHA_256_when_offered_beside_MD5()
    {
        var client = new DigestClient();
        var accepted = client.Accept(
        [
            "realm=\"OTA\", qop=\"auth\", algorithm=MD5, nonce=\"n1\"",
            "realm=\"OTA\", qop=\"auth\", algorithm=SHA-256, nonce=\"n2\"",
        ]);
        var answer = client.Answer("POST", "/ota", "SUPPLIER_A", "secret-password");

        Assert.True(accepted, "neither challenge was accepted");
        Assert.True(answer?.AlgorithmName == "SHA-256" && answer.Nonce == "n2", $"the client answered {answer?.AlgorithmName} to nonce {answer?.Nonce}, not SHA-256 to n2");
    }
}
