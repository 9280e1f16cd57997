using Connectors.Oftp2.Profiles;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Security;

namespace Connectors.Oftp2.Exchange;

/// <summary>
/// Opens a received file that travels as CMS (RFC 5024 §6): the file as transmitted is streamed from its partial
/// file into a second spool file, decrypted with whichever of our certificates it was made for, decompressed, and
/// its signature checked against the partner's certificates. Exactly the layers its SFID declared are opened.
/// On failure the second file is removed and <see cref="FileSecurityException"/> gives the EFNA code.
/// </summary>
internal static class SecuredFileOpening
{
    private const int BufferSize = 1 << 20;

    /// <summary>Whether the SFID declares a CMS envelope: SFIDENV 1, or any of SFIDSEC and SFIDCOMP.</summary>
    public static bool IsEnveloped(StartFile startFile) =>
        startFile.Enveloping == FileEnveloping.Cms || startFile.Security != SecurityLevel.None || startFile.Compression != FileCompression.None;

    /// <exception cref="FileSecurityException">The file cannot be opened; nothing is left at <paramref name="plainPath"/>.</exception>
    public static async Task<UnwrapResult> OpenAsync(
        string transmittedPath,
        string plainPath,
        StartFile startFile,
        Oftp2SecuritySettings agreement,
        ProfileCertificates certificates,
        CancellationToken cancellationToken)
    {
        var options = new UnwrapOptions
        {
            DecryptionCertificates = certificates.Ours,
            TrustedSignerCertificates = certificates.Partners,
            Suite = startFile.CipherSuite,
            ExpectedServices = DeclaredFileServices.From(startFile.Security, startFile.Compression),
            RequireSignature = agreement.RequireSigning,
            RequireEncryption = agreement.RequireEncryption,
        };
        try
        {
            await using var transmitted = new FileStream(transmittedPath, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using var plain = new FileStream(plainPath, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
            var result = await FileEnvelope.UnwrapAsync(transmitted, plain, options, cancellationToken).ConfigureAwait(false);
            await plain.FlushAsync(cancellationToken).ConfigureAwait(false);
            plain.Flush(flushToDisk: true);
            return result;
        }
        catch
        {
            // The plain octets are written before the signature, which follows them in CMS, is checked: none may stay.
            File.Delete(plainPath);
            throw;
        }
    }
}
