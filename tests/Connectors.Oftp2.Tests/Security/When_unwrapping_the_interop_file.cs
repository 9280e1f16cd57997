using System.Security.Cryptography;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Security;
using Connectors.Oftp2.Tests.Security.Support;

namespace Connectors.Oftp2.Tests.Security;

/// <summary>
/// The listener of the cms-file capture unwraps transmitted.bin (EnvelopedData AES-256-CBC around CompressedData
/// around SignedData, all BER with indefinite lengths, cipher suite 02) with its own key and the initiator's
/// certificate, and must get cms-plain.edi exactly.
/// </summary>
public sealed class When_unwrapping_the_interop_file
{
    private static UnwrapOptions ListenerOptions(FileServices? declared) => new()
    {
        DecryptionCertificates = [InteropKeys.Server],
        TrustedSignerCertificates = [InteropKeys.ClientPublic],
        Suite = CipherSuite.Aes256RsaSha1,
        ExpectedServices = declared,
    };

    // SFIDSEC 03, SFIDCOMP 1 in the capture's SFID.
    private static FileServices Declared => DeclaredFileServices.From(SecurityLevel.EncryptedAndSigned, FileCompression.Zlib);

    [Fact]
    public async Task The_plain_file_is_the_original_octet_for_octet()
    {
        var (plain, _) = await Envelopes.UnwrapAsync(SharedReference.ReadInterop("cms-file", "transmitted.bin"), ListenerOptions(Declared));

        Expect.SameOctets(SharedReference.ReadInterop("cms-file", "cms-plain.edi"), plain, "unwrapped transmitted.bin against cms-plain.edi");
        Assert.True(
            Convert.ToHexStringLower(SHA256.HashData(plain)) == "dcd767cfb5f9a9c897dc65250d5bf1a9169336ee27e621ddb8ffa040713860ad",
            "the unwrapped file's SHA-256 differs from the one session.md gives for CMS-PLAIN.EDI");
    }

    [Fact]
    public async Task It_reports_aes_for_the_server_zlib_and_the_client_signature()
    {
        var (_, result) = await Envelopes.UnwrapAsync(SharedReference.ReadInterop("cms-file", "transmitted.bin"), ListenerOptions(Declared));

        Assert.True(result.WasEncrypted, "the file should be reported as encrypted");
        Assert.True(result.EncryptionAlgorithmName == "AES-256-CBC", $"the content encryption should be AES-256-CBC, was {result.EncryptionAlgorithmName}");
        Assert.True(result.DecryptedWith?.Thumbprint == InteropKeys.Server.Thumbprint, "the file should have been decrypted with the server's certificate");
        Assert.True(result.WasCompressed, "the file should be reported as compressed");
        Assert.True(result.WasSigned, "the file should be reported as signed");
        var signer = Assert.Single(result.Signers);
        Assert.True(signer.Certificate.Thumbprint == InteropKeys.ClientPublic.Thumbprint, "the signer should be the client's certificate");
        Assert.True(signer.Digest == HashAlgorithmName.SHA1, $"the signature digest should be SHA-1 (suite 02), was {signer.Digest}");
        Assert.True(
            signer.SigningTime?.UtcDateTime.Date == new DateTime(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc),
            $"the signing time should be the capture's day 2026-11-22, was {signer.SigningTime}");
        Assert.True(result.PlainLength == 12717, $"the plain length should be 12717 octets, was {result.PlainLength}");
        Assert.True(result.TransmittedLength == 4138, $"the transmitted length should be EFIDUCNT 4138, was {result.TransmittedLength}");
    }

    [Fact]
    public async Task The_copy_the_partner_leaves_after_its_signed_data_is_passed_over()
    {
        // Accord's CompressedData inflates to the SignedData followed by a second copy of its last 2,163 octets.
        var (_, result) = await Envelopes.UnwrapAsync(SharedReference.ReadInterop("cms-file", "transmitted.bin"), ListenerOptions(Declared));

        Assert.True(
            result.IgnoredTrailingOctets == 2163,
            $"the 2,163 octets after the interop SignedData should be reported as ignored, were {result.IgnoredTrailingOctets}");
    }

    [Fact]
    public async Task The_transmitted_hash_is_the_eerp_hash_the_listener_sent()
    {
        var (_, result) = await Envelopes.UnwrapAsync(SharedReference.ReadInterop("cms-file", "transmitted.bin"), ListenerOptions(Declared));

        var eerpHash = DecodedListing.Fields("cms-file", "EERP")["EERPHSH"];
        Assert.True(
            Convert.ToHexStringLower(result.TransmittedHash.Span) == eerpHash,
            $"the hash of the transmitted file should equal EERPHSH {eerpHash}, was {Convert.ToHexStringLower(result.TransmittedHash.Span)}");
    }

    [Fact]
    public async Task Discovering_the_layers_without_the_sfid_gives_the_same_file()
    {
        var (plain, result) = await Envelopes.UnwrapAsync(SharedReference.ReadInterop("cms-file", "transmitted.bin"), ListenerOptions(declared: null));

        Expect.SameOctets(SharedReference.ReadInterop("cms-file", "cms-plain.edi"), plain, "unwrapped transmitted.bin with discovered layers");
        Assert.True(result is { WasEncrypted: true, WasCompressed: true, WasSigned: true }, "all three layers should be discovered");
    }
}
