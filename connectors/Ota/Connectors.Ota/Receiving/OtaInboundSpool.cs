using Connectors.Ota.Protocol.Multipart;

namespace Connectors.Ota.Receiving;

/// <summary>
/// The working files of one inbound request: the payload and each attachment land here while the body
/// is read, so nothing reaches the flow before the whole post was read and checked. Deleted with the
/// request; the flow's own sink keeps what it commits.
/// </summary>
internal sealed class OtaInboundSpool : IOtaPartTargets, IAsyncDisposable
{
    private const int BufferSize = 64 * 1024;

    private OtaInboundSpool(string folder)
    {
        Folder = folder;
        Payload = CreateFile(PayloadPath);
    }

    public string Folder { get; }

    public string PayloadPath => Path.Combine(Folder, "payload");

    /// <summary>Where the payload is written while the body is read.</summary>
    public FileStream Payload { get; }

    public static OtaInboundSpool Create(string root) =>
        new(Directory.CreateDirectory(Path.Combine(root, Guid.NewGuid().ToString("N"))).FullName);

    public string AttachmentPath(int index) => Path.Combine(Folder, $"attachment-{index}");

    public Stream OpenAttachment(int index) => CreateFile(AttachmentPath(index));

    /// <summary>
    /// Writes a spooled file through to the disk, so a sink may take the file itself (move it into place)
    /// and commit on the strength of it.
    /// </summary>
    public async Task FlushToDiskAsync(string path, CancellationToken cancellationToken)
    {
        if (path == PayloadPath)
        {
            await Payload.FlushAsync(cancellationToken).ConfigureAwait(false);
            Payload.Flush(flushToDisk: true);
            return;
        }

        var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 1, FileOptions.None);
        await using (file.ConfigureAwait(false))
        {
            file.Flush(flushToDisk: true);
        }
    }

    /// <summary>Opens a spooled file for the sink to read.</summary>
    public static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public async ValueTask DisposeAsync()
    {
        await Payload.DisposeAsync().ConfigureAwait(false);
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A sink that still holds a file open on another thread; the folder is only scratch space.
        }
    }

    private static FileStream CreateFile(string path) =>
        new(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete, BufferSize, FileOptions.Asynchronous);
}
