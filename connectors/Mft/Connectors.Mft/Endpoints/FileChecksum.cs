using System.Buffers;
using System.Security.Cryptography;

namespace Connectors.Mft.Endpoints;

/// <summary>
/// The checksum of a file's content as <c>algorithm:hex</c>, in the algorithm an endpoint names; null for an
/// algorithm we cannot compute. What a local endpoint offers and what a transfer compares an endpoint's with.
/// The hashing runs on a thread of its own, with plain reads: alongside a transfer it so keeps off the
/// thread pool, whose threads carry the transfer's sends and reads, instead of queueing a read and a
/// continuation there for every block.
/// </summary>
internal static class FileChecksum
{
    private const int BlockSize = 1 << 20;

    public static async Task<string?> OfAsync(string path, string algorithm, CancellationToken cancellationToken)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            return await OfAsync(stream, algorithm, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Hashes what is left of <paramref name="content"/>, which should be opened for plain (not asynchronous) reads.</summary>
    public static Task<string?> OfAsync(Stream content, string algorithm, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek && content.Length - content.Position <= BlockSize)
        {
            // One block: hashed at once, where a thread of its own would cost more than the hashing.
            return Task.FromResult(Of(content, algorithm, cancellationToken));
        }

        var result = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                result.TrySetResult(Of(content, algorithm, cancellationToken));
            }
            catch (OperationCanceledException e)
            {
                result.TrySetCanceled(e.CancellationToken);
            }
#pragma warning disable CA1031 // Whatever fails the hashing is the caller's to see, on its task.
            catch (Exception e)
#pragma warning restore CA1031
            {
                result.TrySetException(e);
            }
        })
        {
            IsBackground = true,
            Name = "file checksum",
        };
        thread.Start();
        return result.Task;
    }

    private static string? Of(Stream content, string algorithm, CancellationToken cancellationToken)
    {
        using var hash = Create(algorithm);
        if (hash is null)
        {
            return null;
        }

        var block = ArrayPool<byte>.Shared.Rent(BlockSize);
        try
        {
            int read;
            while ((read = content.Read(block, 0, BlockSize)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
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
