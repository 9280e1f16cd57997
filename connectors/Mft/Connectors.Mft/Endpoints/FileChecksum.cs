using System.Buffers;
using System.Security.Cryptography;

namespace Connectors.Mft.Endpoints;

/// <summary>
/// The checksum of a file's content as <c>algorithm:hex</c>, in the algorithm an endpoint names; null for an
/// algorithm we cannot compute. What a local endpoint offers and what a transfer compares an endpoint's with.
/// </summary>
internal static class FileChecksum
{
    private const int BlockSize = 1 << 20;

    public static async Task<string?> OfAsync(string path, string algorithm, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            return await OfAsync(stream, algorithm, cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<string?> OfAsync(Stream content, string algorithm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var hash = Create(algorithm);
        if (hash is null)
        {
            return null;
        }

        var block = ArrayPool<byte>.Shared.Rent(BlockSize);
        try
        {
            int read;
            while ((read = await content.ReadAsync(block.AsMemory(0, BlockSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(block, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
        }

        return algorithm + ":" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // An endpoint's own checksum decides the algorithm; SHA-1 and MD5 only compare, they protect nothing.
#pragma warning disable CA5350, CA5351
    private static IncrementalHash? Create(string algorithm) => algorithm.ToUpperInvariant() switch
    {
        "SHA256" or "SHA-256" => IncrementalHash.CreateHash(HashAlgorithmName.SHA256),
        "SHA1" or "SHA-1" => IncrementalHash.CreateHash(HashAlgorithmName.SHA1),
        "MD5" => IncrementalHash.CreateHash(HashAlgorithmName.MD5),
        _ => null,
    };
#pragma warning restore CA5350, CA5351
}
