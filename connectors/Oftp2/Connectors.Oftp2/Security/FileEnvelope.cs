namespace Connectors.Oftp2.Security;

/// <summary>
/// The file services of RFC 5024 §6: signing, compression and encryption of a whole file as CMS, streamed from
/// one stream to another so a file of any size passes in constant memory.
/// </summary>
public static class FileEnvelope
{
    /// <summary>
    /// Writes <paramref name="plain"/> to <paramref name="output"/> as the CMS file to transmit: signed, then
    /// compressed, then encrypted, as RFC 5024 §6.1 orders it, each service only when asked for. With none of them
    /// the file is a ContentInfo of type id-data (§10.4). <paramref name="output"/> is left open.
    /// </summary>
    /// <returns>The sizes for SFIDOSIZ/SFIDFSIZ and the hash to expect as EERPHSH.</returns>
    public static Task<EnvelopeResult> WrapAsync(Stream plain, Stream output, EnvelopeOptions options, CancellationToken cancellationToken = default) =>
        EnvelopeWriter.WriteAsync(plain, output, options, cancellationToken);

    /// <summary>
    /// Writes the plain file inside <paramref name="transmitted"/> to <paramref name="plainOutput"/>: decrypted,
    /// decompressed and its signature verified. The plain output is written before the signature, which follows
    /// the content in CMS, can be checked: on failure discard what was written.
    /// </summary>
    /// <returns>What the file held: encryption, compression, signers, and the hash of the file as transmitted.</returns>
    /// <exception cref="FileSecurityException">The file cannot be accepted; its reason maps to the EFNA and NERP codes.</exception>
    public static Task<UnwrapResult> UnwrapAsync(Stream transmitted, Stream plainOutput, UnwrapOptions options, CancellationToken cancellationToken = default) =>
        EnvelopeReader.ReadAsync(transmitted, plainOutput, options, cancellationToken);
}
