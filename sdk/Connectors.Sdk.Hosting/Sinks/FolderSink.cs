using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Files;
using Connectors.Sdk.Messages;
using Connectors.Sdk.State;

namespace Connectors.Sdk.Hosting.Sinks;

/// <summary>
/// Delivers inbound messages into a folder, one sub-folder per partner, exactly once: the payload is
/// written under a temporary name and flushed to disk, then committed to the inbox with its duplicate
/// key, and only then renamed to its final name. A crash after the commit is finished at the next
/// start; a resend of a committed message is answered as a duplicate and never written twice.
/// </summary>
public sealed class FolderSink : IMessageSink
{
    private const string IncomingFolder = ".incoming";
    private const int CopyBufferSize = 1 << 20;

    private readonly string _root;
    private readonly string _channel;
    private readonly IInbox _inbox;

    // Final paths chosen but not yet filled: two deliveries with the same file name at the same moment must
    // not both choose it, and a lock around choosing, committing and renaming would make every delivery wait
    // for the commit of the one before.
    private readonly ConcurrentDictionary<string, bool> _placing = new(StringComparer.Ordinal);

    private FolderSink(string root, string channel, IInbox inbox)
    {
        _root = Path.GetFullPath(root);
        _channel = channel;
        _inbox = inbox;
    }

    /// <summary>Opens the sink and finishes any delivery a crash left between commit and rename.</summary>
    public static async Task<FolderSink> OpenAsync(string root, string channel, IInbox inbox, CancellationToken cancellationToken)
    {
        var sink = new FolderSink(root, channel, inbox);
        Directory.CreateDirectory(Path.Combine(sink._root, IncomingFolder));
        await sink.RecoverAsync(cancellationToken).ConfigureAwait(false);
        return sink;
    }

    public async Task<SinkResult> AcceptAsync(ConnectorMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var headers = message.Headers;
        var partner = headers.Partner ?? "unknown";
        var problem = SafeFileName.Problem(headers.FileName) ?? SafeFileName.Problem(partner);
        if (problem is not null)
        {
            await Drain(message.Payload, cancellationToken).ConfigureAwait(false);
            return SinkResult.Refused(problem);
        }

        var duplicateKey = headers.DuplicateKey ?? Guid.NewGuid().ToString("N");
        var deliveryId = DeliveryIdOf(partner, duplicateKey);
        var earlier = await _inbox.FindAsync(_channel, partner, duplicateKey, cancellationToken).ConfigureAwait(false);
        if (earlier is not null)
        {
            await Drain(message.Payload, cancellationToken).ConfigureAwait(false);
            return SinkResult.AlreadyCommitted(earlier.DeliveryId);
        }

        // One temporary file per attempt: a partner's resend may arrive while the first copy is still
        // being written, and the two must not share a file. The commit decides which one becomes the delivery.
        var partPath = Path.Combine(_root, IncomingFolder, $"{deliveryId}.{Guid.NewGuid():N}.part");
        var bytes = TryTakeOver(message.SpooledFile, partPath) ?? await WriteDurably(message.Payload, partPath, cancellationToken).ConfigureAwait(false);

        var (finalPath, reserved) = ReserveFinalPath(partner, headers.FileName!, deliveryId);
        try
        {
            var entry = new InboxEntry
            {
                DeliveryId = deliveryId,
                Channel = _channel,
                Partner = partner,
                DuplicateKey = duplicateKey,
                PayloadPath = finalPath,
                Bytes = bytes,
                Headers = HeadersOf(headers),
                ReceivedAt = DateTimeOffset.UtcNow,
            };
            var (committed, isNew) = await _inbox.CommitAsync(entry, cancellationToken).ConfigureAwait(false);
            if (!isNew)
            {
                File.Delete(partPath);
                return SinkResult.AlreadyCommitted(committed.DeliveryId);
            }

            File.Move(partPath, finalPath);
            return SinkResult.Committed(deliveryId);
        }
        finally
        {
            if (reserved)
            {
                _placing.TryRemove(finalPath, out _);
            }
        }
    }

    private async Task RecoverAsync(CancellationToken cancellationToken)
    {
        foreach (var part in Directory.EnumerateFiles(Path.Combine(_root, IncomingFolder), "*.part"))
        {
            var deliveryId = Path.GetFileName(part).Split('.')[0];
            var committed = await FindCommitted(deliveryId, cancellationToken).ConfigureAwait(false);
            if (committed is not null && !File.Exists(committed.PayloadPath))
            {
                File.Move(part, committed.PayloadPath);
            }
            else
            {
                // Never committed: the partner was not acknowledged and will send it again.
                File.Delete(part);
            }
        }
    }

    private async Task<InboxEntry?> FindCommitted(string deliveryId, CancellationToken cancellationToken)
    {
        foreach (var partnerFolder in Directory.EnumerateDirectories(_root).Where(d => !Path.GetFileName(d).StartsWith('.')))
        {
            var partner = Path.GetFileName(partnerFolder);
            foreach (var entry in await _inbox.ListUnacknowledgedAsync(_channel, partner, cancellationToken).ConfigureAwait(false))
            {
                if (entry.DeliveryId == deliveryId)
                {
                    return entry;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The file name the sender gave, or that name with the start of the delivery id when a file of that name
    /// is there or being placed. The second attempt of one delivery may find even that taken by the first;
    /// only one of the two commits, so the other never moves its file there.
    /// </summary>
    private (string Path, bool Reserved) ReserveFinalPath(string partner, string fileName, string deliveryId)
    {
        var folder = SafeFileName.CombineWithin(_root, partner);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);

        // Reserved before the disk is asked: asked first, a delivery placed and released in between would go unseen.
        if (_placing.TryAdd(path, true))
        {
            if (!File.Exists(path))
            {
                return (path, true);
            }

            _placing.TryRemove(path, out _);
        }

        var alternative = Path.Combine(folder, $"{fileName}.{deliveryId[..12]}");
        return (alternative, _placing.TryAdd(alternative, true));
    }

    // A file already on this disk is renamed, not copied: a multi-gigabyte delivery then costs no second write.
    private static long? TryTakeOver(string? spooledFile, string partPath)
    {
        if (spooledFile is null || !File.Exists(spooledFile))
        {
            return null;
        }

        try
        {
            File.Move(spooledFile, partPath, overwrite: true);
            return new FileInfo(partPath).Length;
        }
        catch (IOException)
        {
            return null; // another file system: copy it instead
        }
    }

    private static async Task<long> WriteDurably(Stream payload, string path, CancellationToken cancellationToken)
    {
        // No buffer of the file's own: the copy already writes in blocks of CopyBufferSize, and a small
        // message would otherwise cost a buffer of that size as well.
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
        try
        {
            await payload.CopyToAsync(file, CopyBufferSize, cancellationToken).ConfigureAwait(false);
            file.Flush(flushToDisk: true);
            return file.Length;
        }
        catch (IOException e)
        {
            throw new ConnectorException(ConnectorErrorKind.ConnectionFailed, $"the payload could not be written to '{path}': {e.Message}", e);
        }
    }

    private static async Task Drain(Stream payload, CancellationToken cancellationToken) =>
        await payload.CopyToAsync(Stream.Null, CopyBufferSize, cancellationToken).ConfigureAwait(false);

    private string DeliveryIdOf(string partner, string duplicateKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{_channel}\n{partner}\n{duplicateKey}")))[..32];

    private static Dictionary<string, string> HeadersOf(MessageHeaders headers)
    {
        var all = new Dictionary<string, string>(headers.Extra, StringComparer.OrdinalIgnoreCase);
        void Put(string key, string? value)
        {
            if (value is not null)
            {
                all[key] = value;
            }
        }

        Put("fileName", headers.FileName);
        Put("description", headers.Description);
        Put("encoding", headers.Encoding);
        Put("correlationId", headers.CorrelationId);
        return all;
    }
}
