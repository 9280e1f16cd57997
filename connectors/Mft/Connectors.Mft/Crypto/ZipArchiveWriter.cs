using System.IO.Compression;

namespace Connectors.Mft.Crypto;

/// <summary>Packs files into one zip archive, streaming each entry from disk.</summary>
public static class ZipArchiveWriter
{
    public static async Task WriteAsync(string archivePath, IEnumerable<(string EntryName, string FilePath)> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var archiveStream = new FileStream(archivePath, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        await using (archiveStream.ConfigureAwait(false))
        {
            using (var archive = new ZipArchive(archiveStream, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var (entryName, filePath) in files)
                {
                    var entry = archive.CreateEntry(entryName, CompressionLevel.Optimal);
                    entry.LastWriteTime = File.GetLastWriteTimeUtc(filePath);
                    var target = entry.Open();
                    await using (target.ConfigureAwait(false))
                    {
                        var source = File.OpenRead(filePath);
                        await using (source.ConfigureAwait(false))
                        {
                            await source.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
                        }
                    }
                }
            }

            await archiveStream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
