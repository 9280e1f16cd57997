using System.Security.Cryptography;
using System.Text;
using Connectors.Sdk.Errors;

namespace Connectors.Ota.Sending;

/// <summary>
/// The outbound spool: one folder per MESSAGE_ID under the state store's spool folder, holding a payload
/// too large for the queue row and a copy of each attachment, flushed to disk before the message is queued. Removed once
/// the partner confirmed delivery; kept with a failed message, so it can be looked at and sent again.
/// </summary>
internal static class OtaOutboundSpool
{
    private const int BufferSize = 1 << 16;

    /// <summary>The folder of a message: named by a hash of its id, since a MESSAGE_ID may hold any character.</summary>
    public static string FolderOf(string spoolDirectory, string messageId) =>
        Path.Combine(spoolDirectory, OtaOutboundMessage.Channel, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(messageId)))[..32]);

    /// <summary>Writes <paramref name="head"/> and then <paramref name="source"/> to <paramref name="path"/> and flushes it to disk; returns its length.</summary>
    public static async Task<long> WriteAsync(ReadOnlyMemory<byte> head, Stream source, string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (file.ConfigureAwait(false))
        {
            try
            {
                await file.WriteAsync(head, cancellationToken).ConfigureAwait(false);
                await source.CopyToAsync(file, BufferSize, cancellationToken).ConfigureAwait(false);
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
                return file.Length;
            }
            catch (IOException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ConnectorException(ConnectorErrorKind.Configuration, $"the payload could not be copied to the outbound spool file '{path}': {e.Message}", e);
            }
        }
    }

    /// <summary>Opens a spooled file for one attempt.</summary>
    public static Stream OpenRead(string path) =>
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);

    /// <summary>Removes a delivered message's folder, if it has one; a leftover is harmless, so failures are ignored.</summary>
    public static void Remove(string? folder)
    {
        if (folder is null)
        {
            return;
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another attempt of the same message may still be reading it; the folder is only disk space.
        }
    }
}
