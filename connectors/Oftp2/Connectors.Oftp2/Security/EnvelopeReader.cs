using System.Buffers;
using System.IO.Compression;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Cms;

namespace Connectors.Oftp2.Security;

/// <summary>
/// Opens a received CMS file layer by layer, undoing the services of RFC 5024 §6.1 in reverse: decryption, then
/// decompression, then verification (as §5.3.3 lists them under SFIDOSIZ). Each layer's parser reads the decoded
/// stream of the layer around it, so nothing holds more than a chunk. BER with indefinite lengths, as other OFTP2
/// products write it, is read as well as DER.
/// </summary>
internal sealed class EnvelopeReader
{
    private static readonly FileServices[] UnwrapOrder = [FileServices.Encrypted, FileServices.Compressed, FileServices.Signed];

    private readonly UnwrapOptions options;
    private readonly Stream source;

    // The decoded stream of each opened layer, outermost first; the last one is the plain file.
    private readonly List<LayerGuardStream> layers = [];

    // Each layer as it is read: read ahead on a thread of its own, so the layers share the cores, and served
    // from memory, because the CMS parsers read much of a structure octet by octet, and every octet would
    // otherwise pass through the layers, the hashing and the decryption alone.
    private readonly List<LayerPrefetchStream> layerReads = [];
    private Stream current;
    private string? peekedType;
    private bool peeked;
    private FileServices found;
    private CmsEnvelopedDataParser? envelope;
    private CmsSignedDataParser? signature;
    private string? encryptionOid;
    private X509Certificate2? decryptedWith;
    private IReadOnlyList<VerifiedSigner> signers = [];
    private long ignoredOctets;

    private EnvelopeReader(UnwrapOptions options, Stream source)
    {
        this.options = options;
        this.source = new BufferedStream(source, EnvelopeWriter.ChunkSize);
        current = this.source;
    }

    public static async Task<UnwrapResult> ReadAsync(Stream transmitted, Stream plainOutput, UnwrapOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transmitted);
        ArgumentNullException.ThrowIfNull(plainOutput);
        ArgumentNullException.ThrowIfNull(options);

        var counted = new ByteCountingStream(new TransmittedSourceStream(transmitted));
        var hashing = CipherSuiteAlgorithms.TryOf(options.Suite, out var algorithms) ? new HashingStream(counted, algorithms.Digest) : null;
        using (hashing)
        {
            var reader = new EnvelopeReader(options, (Stream?)hashing ?? counted);
            try
            {
                reader.OpenLayers();
                reader.EnforceAgreement();
                var plainLength = await reader.CopyContentAsync(plainOutput, cancellationToken).ConfigureAwait(false);
                reader.VerifySignature();
                reader.ReadToTheEnd();
                return reader.Result(plainLength, counted.Count, hashing?.GetHash() ?? []);
            }
            catch (TransmittedStreamException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Throw(e.InnerException);
                throw;
            }
            finally
            {
                reader.StopReadingAhead();
            }
        }
    }

    private void OpenLayers()
    {
        var expected = options.ExpectedServices;
        foreach (var service in UnwrapOrder)
        {
            if (expected is { } declared && !declared.HasFlag(service))
            {
                continue;
            }

            var type = PeekContentType();
            if (type == ContentTypeOf(service))
            {
                Open(service);
            }
            else if (expected is not null)
            {
                throw MissingLayer(service, type);
            }
        }

        if (found == FileServices.None)
        {
            OpenDataContentInfo();
        }
    }

    private void Open(FileServices service)
    {
        peeked = false;
        switch (service)
        {
            case FileServices.Encrypted:
                OpenEnvelope();
                break;
            case FileServices.Compressed:
                OpenCompression();
                break;
            default:
                OpenSignature();
                break;
        }

        found |= service;
    }

    private void OpenEnvelope()
    {
        const string layer = "EnvelopedData";
        var parser = Attempt(() => new CmsEnvelopedDataParser(current), FileSecurityFailure.DecryptionFailed, layer);
        var oid = parser.EncryptionAlgOid;
        if (CipherSuiteAlgorithms.ContentEncryptionNameOf(oid) is null)
        {
            throw new FileSecurityException(
                FileSecurityFailure.UnsupportedCipherSuite,
                $"The file is encrypted with {oid}, which no cipher suite 01-06 uses (RFC 5024 §10.2)");
        }

        var recipients = Attempt(parser.GetRecipientInfos, FileSecurityFailure.DecryptionFailed, layer);
        var opened = Attempt(() => RecipientSelection.Open(recipients, options.DecryptionCertificates), FileSecurityFailure.DecryptionFailed, layer)
            ?? throw new FileSecurityException(
                FileSecurityFailure.DecryptionFailed,
                $"The file is encrypted for {RecipientSelection.Describe(recipients)}, which is none of our certificates");
        envelope = parser;
        encryptionOid = oid;
        decryptedWith = opened.Certificate;
        Enter(opened.Content.ContentStream, FileSecurityFailure.DecryptionFailed, layer);
    }

    /// <summary>The zlib content of a CompressedData (RFC 3274), inflated by the platform's native zlib as it is read.</summary>
    private void OpenCompression()
    {
        const string layer = "CompressedData";
        var compressed = Attempt(
            () =>
            {
                var contentInfo = new ContentInfoParser((Asn1SequenceParser)new Asn1StreamParser(current).ReadObject());
                var compressedData = new CompressedDataParser((Asn1SequenceParser)contentInfo.GetContent(Asn1Tags.Sequence));
                var algorithm = compressedData.CompressionAlgorithmIdentifier.Algorithm;
                if (!algorithm.Equals(CompressedDataStream.ZlibAlgorithm))
                {
                    throw new FileSecurityException(FileSecurityFailure.DecompressionFailed, $"{layer}: the compression algorithm {algorithm.Id} is not zlib, the one RFC 5024 §6.1 uses");
                }

                var content = compressedData.GetEncapContentInfo();
                return ((Asn1OctetStringParser)content.GetContent(Asn1Tags.OctetString)).GetOctetStream();
            },
            FileSecurityFailure.DecompressionFailed,
            layer);
        Enter(new ZLibStream(compressed, CompressionMode.Decompress), FileSecurityFailure.DecompressionFailed, layer);
    }

    private void OpenSignature()
    {
        const string layer = "SignedData";
        var parser = Attempt(() => new CmsSignedDataParser(current), FileSecurityFailure.InvalidSignature, layer);
        var content = Attempt(parser.GetSignedContent, FileSecurityFailure.InvalidSignature, layer)
            ?? throw new FileSecurityException(
                FileSecurityFailure.InvalidSignature,
                "The SignedData carries no content: a signed file holds the file itself (RFC 5024 §6.2)");
        signature = parser;
        Enter(content.ContentStream, FileSecurityFailure.InvalidSignature, layer);
    }

    /// <summary>A CMS file with no service at all is a ContentInfo of type id-data (RFC 5024 §10.4).</summary>
    private void OpenDataContentInfo()
    {
        const string layer = "ContentInfo";
        var type = PeekContentType();
        if (type != CmsObjectIdentifiers.Data.Id)
        {
            throw new FileSecurityException(
                FileSecurityFailure.MalformedEnvelope,
                type is null
                    ? "The file is no CMS structure"
                    : $"The file's CMS content type {type} is none that RFC 5024 §6.1 uses");
        }

        peeked = false;
        var octets = Attempt(
            () =>
            {
                var contentInfo = new ContentInfoParser((Asn1SequenceParser)new Asn1StreamParser(current).ReadObject());
                return ((Asn1OctetStringParser)contentInfo.GetContent(Asn1Tags.OctetString)).GetOctetStream();
            },
            FileSecurityFailure.MalformedEnvelope,
            layer);
        Enter(octets, FileSecurityFailure.MalformedEnvelope, layer);
    }

    /// <summary>Ends the threads that read the layers ahead, innermost first, whether the file was read to its end or not.</summary>
    private void StopReadingAhead()
    {
        for (var index = layerReads.Count - 1; index >= 0; index--)
        {
            layerReads[index].Dispose();
        }
    }

    private void EnforceAgreement()
    {
        if (options.RequireEncryption && !found.HasFlag(FileServices.Encrypted))
        {
            throw new FileSecurityException(FileSecurityFailure.UnencryptedFileNotAllowed, "The agreement with the partner requires encrypted files");
        }

        if (options.RequireSignature && !found.HasFlag(FileServices.Signed))
        {
            throw new FileSecurityException(FileSecurityFailure.UnsignedFileNotAllowed, "The agreement with the partner requires signed files");
        }
    }

    private async Task<long> CopyContentAsync(Stream plainOutput, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(EnvelopeWriter.ChunkSize);
        try
        {
            long total = 0;
            int read;
            while ((read = current.Read(buffer, 0, EnvelopeWriter.ChunkSize)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await plainOutput.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                total += read;
            }

            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void VerifySignature()
    {
        if (signature is null)
        {
            return;
        }

        // The SignerInfos follow the content, so they can be read only now; the digests were computed on the way.
        var signerInfos = Attempt(signature.GetSignerInfos, FileSecurityFailure.InvalidSignature, "SignedData");
        var trusted = TrustedCertificate.From(options.TrustedSignerCertificates);
        var check = SignerVerification.Check(signerInfos, trusted, options.ValidationTime ?? DateTimeOffset.UtcNow);
        if (check.Outcome != SignerOutcome.Valid)
        {
            var failure = check.Outcome == SignerOutcome.UntrustedSigner ? FileSecurityFailure.UntrustedSigner : FileSecurityFailure.InvalidSignature;
            throw new FileSecurityException(failure, "The file's signature is not accepted: " + check.Message);
        }

        signers = check.Signers;
    }

    /// <summary>
    /// Reads what follows each layer's content, innermost first. Reading the decrypted stream to its end checks the
    /// CBC padding, and reading the transmitted stream to its end completes the hash of the file as transmitted.
    /// Octets after a layer's structure other than end-of-contents are counted and otherwise ignored, as other CMS
    /// readers ignore them: the interop partner's CompressedData repeats the last 2,163 octets of its SignedData
    /// after the SignedData's end. They lie outside every signed or encrypted content, so nothing is lost.
    /// </summary>
    private void ReadToTheEnd()
    {
        for (var index = layers.Count - 1; index >= 0; index--)
        {
            ignoredOctets += CountTrailingOctets(layerReads[index]);
        }

        if (envelope is not null)
        {
            // Unprotected attributes, if a sender added any, come after the encrypted content.
            Attempt(envelope.GetUnprotectedAttributes, FileSecurityFailure.DecryptionFailed, "EnvelopedData");
        }

        ignoredOctets += CountTrailingOctets(source);
    }

    private UnwrapResult Result(long plainLength, long transmittedLength, byte[] transmittedHash) => new()
    {
        WasEncrypted = found.HasFlag(FileServices.Encrypted),
        EncryptionAlgorithmOid = encryptionOid,
        EncryptionAlgorithmName = encryptionOid is null ? null : CipherSuiteAlgorithms.ContentEncryptionNameOf(encryptionOid),
        DecryptedWith = decryptedWith,
        WasCompressed = found.HasFlag(FileServices.Compressed),
        Signers = signers,
        TransmittedLength = transmittedLength,
        TransmittedHash = transmittedHash,
        PlainLength = plainLength,
        IgnoredTrailingOctets = ignoredOctets,
    };

    private string? PeekContentType()
    {
        if (!peeked)
        {
            var failure = layers.Count > 0 ? layers[^1].Failure : FileSecurityFailure.MalformedEnvelope;
            var (type, content) = Attempt(() => ContentInfoHeader.Peek(current), failure, "reading the next CMS layer");
            peekedType = type;
            current = content;
            peeked = true;
        }

        return peekedType;
    }

    private void Enter(Stream content, FileSecurityFailure failure, string layer)
    {
        var guarded = new LayerGuardStream(content, failure, layer);
        var ahead = new LayerPrefetchStream(guarded);
        layers.Add(guarded);
        layerReads.Add(ahead);
        current = ahead;
    }

    /// <summary>
    /// A layer the SFID declared is not there. Inside an encryption that means the decryption went wrong: CBC has no
    /// integrity check, so a wrong key or a damaged file decrypts to noise. Elsewhere it is the missing layer's own
    /// failure (zlib checks its output, so a compression that inflates did so correctly).
    /// </summary>
    private FileSecurityException MissingLayer(FileServices service, string? type)
    {
        var failure = found.HasFlag(FileServices.Encrypted) ? FileSecurityFailure.DecryptionFailed
            : service switch
            {
                FileServices.Encrypted => FileSecurityFailure.DecryptionFailed,
                FileServices.Compressed => FileSecurityFailure.DecompressionFailed,
                _ => FileSecurityFailure.InvalidSignature,
            };
        var what = type is null ? "no CMS structure" : $"content type {type}";
        var where = found == FileServices.None ? "at the start of the file" : $"inside the {found} layers";
        return new FileSecurityException(failure, $"The SFID declared the file {service}, but {where} there is {what}");
    }

    private static string ContentTypeOf(FileServices service) => service switch
    {
        FileServices.Encrypted => CmsObjectIdentifiers.EnvelopedData.Id,
        FileServices.Compressed => CmsObjectIdentifiers.CompressedData.Id,
        _ => CmsObjectIdentifiers.SignedData.Id,
    };

    private static long CountTrailingOctets(Stream stream)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(EnvelopeWriter.ChunkSize);
        try
        {
            long drained = 0;
            var beyondEndOfContents = false;
            int read;
            while ((read = stream.Read(buffer, 0, EnvelopeWriter.ChunkSize)) > 0)
            {
                drained += read;
                beyondEndOfContents |= buffer.AsSpan(0, read).ContainsAnyExcept((byte)0);
            }

            return beyondEndOfContents ? drained : 0;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static T Attempt<T>(Func<T> step, FileSecurityFailure failure, string layer)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (FailureAttribution.IsAttributable(e))
        {
            throw FailureAttribution.Resolve(e, failure, layer);
        }
    }
}
