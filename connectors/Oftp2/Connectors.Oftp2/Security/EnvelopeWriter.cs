using System.Buffers;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.X509.Store;

namespace Connectors.Oftp2.Security;

/// <summary>
/// Builds the CMS file as transmitted, one streaming generator per layer, so no layer holds more than a chunk.
/// RFC 5024 §6.1 fixes the order of the services: 1. record length indicators (V files only, §6.5, done by the
/// caller), 2. sign, 3. compress, 4. encrypt. The plain file therefore goes into the signing generator, whose
/// output goes into the compressing one, whose output goes into the encrypting one, whose output is the file.
/// </summary>
internal static class EnvelopeWriter
{
    /// <summary>The size of the BER OCTET STRING chunks each layer emits, and of the copy buffer (under the large object heap limit).</summary>
    internal const int ChunkSize = 32 * 1024;

    public static async Task<EnvelopeResult> WriteAsync(Stream plain, Stream output, EnvelopeOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plain);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        var algorithms = options.Validate();

        var counted = new ByteCountingStream(new NonClosingStream(output));
        using var hashing = algorithms is null ? null : new HashingStream(counted, algorithms.Digest);
        Stream target = (Stream?)hashing ?? counted;

        // Opened outermost first; closed innermost first, so each layer ends before the layer around it.
        // Between two layers the work is handed to another thread, so the layers share the cores.
        var layers = new Stack<Stream>();
        if (options.Encrypt)
        {
            target = Push(layers, OpenEncryption(target, options, algorithms!));
            if (options.Compress || options.Sign)
            {
                target = Push(layers, new LayerHandOffStream(target));
            }
        }

        if (options.Compress)
        {
            target = Push(layers, OpenCompression(target));
            if (options.Sign)
            {
                target = Push(layers, new LayerHandOffStream(target));
            }
        }

        if (options.Sign)
        {
            target = Push(layers, OpenSignature(target, options, algorithms!));
        }

        if (layers.Count == 0)
        {
            target = Push(layers, DataContentInfoStream.Open(target, ChunkSize));
        }

        long originalLength;
        try
        {
            originalLength = await CopyAsync(plain, target, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // The file is not finished and will not be: the threads the layers were handed to stop.
            foreach (var handOff in layers.OfType<LayerHandOffStream>())
            {
                handOff.Abandon();
            }

            throw;
        }

        while (layers.Count > 0)
        {
            layers.Pop().Dispose();
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        var hash = hashing?.GetHash() ?? [];
        return new EnvelopeResult(originalLength, counted.Count, hash);
    }

    private static Stream Push(Stack<Stream> layers, Stream layer)
    {
        layers.Push(layer);
        return layer;
    }

    private static Stream OpenEncryption(Stream target, EnvelopeOptions options, CipherSuiteAlgorithms algorithms)
    {
        // RSA PKCS#1 v1.5 key transport to the recipient named by issuerAndSerialNumber (RFC 5024 §10.2).
        var generator = new CmsEnvelopedDataStreamGenerator(BouncyCastleKeys.Random());
        generator.AddKeyTransRecipient(BouncyCastleKeys.Certificate(options.RecipientCertificate!));
        generator.SetBufferSize(ChunkSize);
        return generator.Open(target, algorithms.ContentEncryptionOid);
    }

    private static Stream OpenCompression(Stream target) => CompressedDataStream.Open(target, ChunkSize);

    private static Stream OpenSignature(Stream target, EnvelopeOptions options, CipherSuiteAlgorithms algorithms)
    {
        var signer = options.SignerCertificate!;
        var certificate = BouncyCastleKeys.Certificate(signer);
        var generator = new CmsSignedDataStreamGenerator(BouncyCastleKeys.Random());
        generator.AddSigner(BouncyCastleKeys.PrivateKey(signer), certificate, algorithms.DigestOid);
        if (options.IncludeSignerCertificate)
        {
            generator.AddCertificates(X509StoreFactory.Create("Certificate/Collection", new X509CollectionStoreParameters(new[] { certificate })));
        }

        generator.SetBufferSize(ChunkSize);

        // The file travels inside the SignedData (encapsulated, eContentType id-data, RFC 5024 §6.1 and §6.2).
        return generator.Open(target, encapsulate: true);
    }

    private static async Task<long> CopyAsync(Stream plain, Stream target, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            long total = 0;
            int read;
            while ((read = await plain.ReadAsync(buffer.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                // The layers write synchronously, so a stream that ignores the token is still stopped here.
                cancellationToken.ThrowIfCancellationRequested();
                target.Write(buffer, 0, read);
                total += read;
            }

            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
