using System.Security.Cryptography;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Security;

namespace Connectors.Oftp2.Exchange;

/// <summary>
/// The hash of a file as transmitted, with the digest of its cipher suite: EERPHSH and NERPHSH (RFC 5024 §5.3.13),
/// for a file that went without a CMS envelope but asked for a signed receipt. Read in chunks, never whole.
/// </summary>
internal static class TransmittedHash
{
    private const int ChunkSize = 1 << 16;

    public static async Task<byte[]> OfFileAsync(string path, CipherSuite suite, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(CipherSuiteAlgorithms.Of(suite).Digest);
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var buffer = new byte[ChunkSize];
        int read;
        while ((read = await file.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }

        return hash.GetHashAndReset();
    }
}
