using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Security;

namespace Connectors.Benchmarks.Oftp2;

/// <summary>
/// The OFTP2 file services alone, in memory of the disk's page cache: how fast each CMS layer wraps a file
/// (sign, compress, encrypt, and all three), to show where a secured transfer spends its time.
/// </summary>
internal static class EnvelopeBenchmark
{
    public static async Task<int> RunAsync(long size)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=envelope", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var layers = new (string Name, bool Sign, bool Compress, bool Encrypt)[]
        {
            ("sign", true, false, false), ("compress", false, true, false), ("encrypt", false, false, true), ("sign + compress + encrypt", true, true, true),
        };
        foreach (var (name, sign, compress, encrypt) in layers)
        {
            var options = new EnvelopeOptions
            {
                Sign = sign,
                Compress = compress,
                Encrypt = encrypt,
                Suite = CipherSuite.Aes256RsaSha256,
                SignerCertificate = certificate,
                RecipientCertificate = certificate,
            };
            var started = Stopwatch.GetTimestamp();
            await FileEnvelope.WrapAsync(new RepeatingStream(size), Stream.Null, options);
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| wrap: {name}, suite 04 | {size >> 20} MiB | {size / seconds / 1e6:0} MB/s |"));
        }

        return 0;
    }
}
