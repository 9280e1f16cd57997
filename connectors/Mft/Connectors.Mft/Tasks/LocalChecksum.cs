using System.Security.Cryptography;

namespace Connectors.Mft.Tasks;

/// <summary>The checksum of a work file in the algorithm an endpoint offers; null for an algorithm we cannot compute.</summary>
internal static class LocalChecksum
{
    public static async Task<string?> OfAsync(string path, string algorithm, CancellationToken cancellationToken)
    {
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            // An endpoint's own checksum decides the algorithm; SHA-1 and MD5 only compare, they protect nothing.
#pragma warning disable CA5350, CA5351
            byte[]? hash = algorithm.ToUpperInvariant() switch
            {
                "SHA256" or "SHA-256" => await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false),
                "SHA1" or "SHA-1" => await SHA1.HashDataAsync(stream, cancellationToken).ConfigureAwait(false),
                "MD5" => await MD5.HashDataAsync(stream, cancellationToken).ConfigureAwait(false),
                _ => null,
            };
#pragma warning restore CA5350, CA5351
            return hash is null ? null : algorithm + ":" + Convert.ToHexStringLower(hash);
        }
    }
}
