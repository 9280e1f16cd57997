using System.IO.Compression;

namespace Connectors.Mft.Crypto;

/// <summary>Compresses one file to gzip, streaming.</summary>
public static class GzipFileCompressor
{
    public static async Task CompressAsync(string sourcePath, string targetPath, CancellationToken cancellationToken)
    {
        var source = File.OpenRead(sourcePath);
        await using (source.ConfigureAwait(false))
        {
            var target = new FileStream(targetPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
            await using (target.ConfigureAwait(false))
            {
                var gzip = new GZipStream(target, CompressionLevel.Optimal, leaveOpen: true);
                await using (gzip.ConfigureAwait(false))
                {
                    await source.CopyToAsync(gzip, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }
}
