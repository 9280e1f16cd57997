using Connectors.Oftp2.Exchange;
using Connectors.Oftp2.Profiles;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Security;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;
using Microsoft.Extensions.Logging;

namespace Connectors.Oftp2.Sending;

/// <summary>
/// Prepares a file for a partner as its profile's security agreement asks: signed, compressed and encrypted in
/// that order (RFC 5024 §6.1), streamed from the prepared file into a second spool file, so memory stays flat for
/// any size and every retry and restart sends the same octets. A file sent as it is but with a signed receipt
/// requested is hashed in passing, since its EERP must repeat the hash (§5.3.13).
/// </summary>
internal static class SecuredPayload
{
    public static async Task<PreparedPayload> PrepareAsync(
        ConnectorMessage message,
        Oftp2SenderProperties properties,
        Oftp2Profile profile,
        string spoolDirectory,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var plain = await PreparedPayload.PrepareAsync(message, properties, spoolDirectory, cancellationToken).ConfigureAwait(false);
        var security = profile.Security;
        var services = ServicesOf(security);
        if (services == FileServices.None && !security.RequestSignedReceipts)
        {
            return plain;
        }

        var suite = (CipherSuite)(int)security.CipherSuite;
        try
        {
            if (services == FileServices.None)
            {
                var hash = await TransmittedHash.OfFileAsync(plain.Path, suite, cancellationToken).ConfigureAwait(false);
                return plain.WithSignedReceipt(new PayloadSecurity(services, suite, SignedReceiptRequested: true, hash));
            }

            var certificates = new ProfileCertificates(security, properties.ConnectionName, logger);
            var options = new EnvelopeOptions
            {
                Sign = services.HasFlag(FileServices.Signed),
                Compress = services.HasFlag(FileServices.Compressed),
                Encrypt = services.HasFlag(FileServices.Encrypted),
                Suite = suite,
                SignerCertificate = services.HasFlag(FileServices.Signed) ? certificates.Signer ?? throw Missing("/security/localCertificates", "signing needs one of our certificates valid now, with its key") : null,
                RecipientCertificate = services.HasFlag(FileServices.Encrypted) ? certificates.Recipient ?? throw Missing("/security/partnerCertificates", "encryption needs a partner certificate valid now") : null,
            };
            var secured = new PayloadSecurity(services, suite, security.RequestSignedReceipts, ReadOnlyMemory<byte>.Empty);
            var wrapped = await WrapAsync(plain, options, secured, spoolDirectory, cancellationToken).ConfigureAwait(false);
            await plain.DisposeAsync().ConfigureAwait(false);
            return wrapped;
        }
        catch
        {
            await plain.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<PreparedPayload> WrapAsync(PreparedPayload plain, EnvelopeOptions options, PayloadSecurity security, string spoolDirectory, CancellationToken cancellationToken)
    {
        var path = PreparedPayload.SpoolPath(spoolDirectory);
        try
        {
            EnvelopeResult result;
            await using (var input = plain.Open())
            await using (var output = PreparedPayload.OpenForWriting(path))
            {
                result = await FileEnvelope.WrapAsync(input, output, options, cancellationToken).ConfigureAwait(false);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                output.Flush(flushToDisk: true);
            }

            return PreparedPayload.Secured(path, result.OriginalLength, security with { TransmittedHash = result.TransmittedHash });
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static FileServices ServicesOf(Oftp2SecuritySettings security) =>
        (security.SignFiles ? FileServices.Signed : FileServices.None)
        | (security.CompressFiles ? FileServices.Compressed : FileServices.None)
        | (security.EncryptFiles ? FileServices.Encrypted : FileServices.None);

    private static ConnectorException Missing(string pointer, string what) =>
        new(ConnectorErrorKind.Configuration, $"the partner's profile asks to secure files, but {what} ({pointer})", propertyKeys: [pointer]);
}
