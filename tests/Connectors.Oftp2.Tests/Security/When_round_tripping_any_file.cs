using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Security;
using Connectors.Oftp2.Tests.Security.Support;
using FsCheck.Xunit;

namespace Connectors.Oftp2.Tests.Security;

/// <summary>
/// Whatever the file, wrapping it with any cipher suite and any choice of signing, compression and encryption,
/// then unwrapping it, gives back the same octets, reports the services it went through, and agrees on the hash
/// of the file as transmitted.
/// </summary>
public sealed class When_round_tripping_any_file
{
    private static readonly CipherSuite[] Suites = Enum.GetValues<CipherSuite>().Where(s => s != CipherSuite.None).ToArray();

    [Property(Arbitrary = [typeof(FilePayloads)], MaxTest = 20)]
    public void Every_suite_and_every_combination_of_services_gives_back_the_file(FilePayload payload)
    {
        foreach (var suite in Suites)
        {
            for (var services = 0; services < 8; services++)
            {
                RoundTrip(payload.Octets, suite, (FileServices)services).GetAwaiter().GetResult();
            }
        }
    }

    private static async Task RoundTrip(byte[] plain, CipherSuite suite, FileServices services)
    {
        var what = $"suite {(int)suite:D2}, {services}, {plain.Length} octets";
        var (transmitted, wrapped) = await Envelopes.WrapAsync(plain, new EnvelopeOptions
        {
            Sign = services.HasFlag(FileServices.Signed),
            Compress = services.HasFlag(FileServices.Compressed),
            Encrypt = services.HasFlag(FileServices.Encrypted),
            Suite = suite,
            SignerCertificate = InteropKeys.Client,
            RecipientCertificate = InteropKeys.ServerPublic,
        });

        var (unwrapped, result) = await Envelopes.UnwrapAsync(transmitted, new UnwrapOptions
        {
            DecryptionCertificates = [InteropKeys.Server],
            TrustedSignerCertificates = [InteropKeys.ClientPublic],
            Suite = suite,
            ExpectedServices = services,
        });

        Expect.SameOctets(plain, unwrapped, what);
        Assert.True(result.WasSigned == services.HasFlag(FileServices.Signed), $"{what}: signed reported as {result.WasSigned}");
        Assert.True(result.WasCompressed == services.HasFlag(FileServices.Compressed), $"{what}: compressed reported as {result.WasCompressed}");
        Assert.True(result.WasEncrypted == services.HasFlag(FileServices.Encrypted), $"{what}: encrypted reported as {result.WasEncrypted}");
        Assert.True(wrapped.OriginalLength == plain.Length && result.PlainLength == plain.Length, $"{what}: plain lengths {wrapped.OriginalLength}/{result.PlainLength}");
        Assert.True(wrapped.TransmittedLength == transmitted.Length, $"{what}: transmitted length {wrapped.TransmittedLength} but {transmitted.Length} octets written");
        Assert.True(wrapped.TransmittedHash.Span.SequenceEqual(result.TransmittedHash.Span), $"{what}: sender and receiver disagree on the transmitted hash");
    }
}
