using Connectors.Ota.Protocol.Multipart;

namespace Connectors.Ota.Receiving;

/// <summary>
/// The working copy of one inbound request: the payload and each attachment land here while the body
/// is read, so nothing reaches the flow before the whole post was read and checked. A body of at most
/// <see cref="InMemoryLimit"/> bytes keeps its payload in memory; a larger payload and every attachment
/// go to files in a folder of the request's own, created when the first is needed and deleted with the
/// request. The flow's own sink keeps what it commits.
/// </summary>
internal sealed class OtaInboundSpool : IOtaPartTargets, IAsyncDisposable
{
    /// <summary>
    /// 256 KiB: most business documents fit, and a hundred partners posting at once hold 25 MiB at most.
    /// A file per small message would cost more in creating and removing it than in writing it.
    /// </summary>
    public const long InMemoryLimit = 256 * 1024;

    private const int BufferSize = 64 * 1024;

    private readonly string _root;
    private string? _folder;

    private OtaInboundSpool(string root, long? contentLength)
    {
        _root = root;
        Payload = contentLength is { } length && length <= InMemoryLimit
            ? new MemoryStream((int)length)
            : CreateFile(Path.Combine(Folder, "payload"));
    }

    /// <summary>Where the payload is written while the body is read.</summary>
    public Stream Payload { get; }

    private string Folder => _folder ??= Directory.CreateDirectory(Path.Combine(_root, Guid.NewGuid().ToString("N"))).FullName;

    /// <summary>A spool for a body of <paramref name="contentLength"/> bytes (checked against the size limit before).</summary>
    public static OtaInboundSpool Create(string root, long? contentLength) => new(root, contentLength);

    public Stream OpenAttachment(int index) => CreateFile(AttachmentPath(index));

    /// <summary>The payload for the sink: from memory, or as its file written through to the disk, which a sink may take over.</summary>
    public async Task<SpooledContent> OpenPayloadAsync(CancellationToken cancellationToken)
    {
        if (Payload is MemoryStream memory)
        {
            return new SpooledContent(new MemoryStream(memory.GetBuffer(), 0, (int)memory.Length, writable: false), null);
        }

        var file = (FileStream)Payload;
        await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        file.Flush(flushToDisk: true);
        return new SpooledContent(OpenRead(file.Name), file.Name);
    }

    /// <summary>An attachment for the sink, as its file written through to the disk.</summary>
    public async Task<SpooledContent> OpenAttachmentAsync(int index, CancellationToken cancellationToken)
    {
        var path = AttachmentPath(index);
        var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 1, FileOptions.None);
        await using (file.ConfigureAwait(false))
        {
            file.Flush(flushToDisk: true);
        }

        return new SpooledContent(OpenRead(path), path);
    }

    public async ValueTask DisposeAsync()
    {
        await Payload.DisposeAsync().ConfigureAwait(false);
        if (_folder is null)
        {
            return;
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A sink that still holds a file open on another thread; the folder is only scratch space.
        }
    }

    private string AttachmentPath(int index) => Path.Combine(Folder, $"attachment-{index}");

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);

    private static FileStream CreateFile(string path) =>
        new(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Read | FileShare.Delete, BufferSize, FileOptions.Asynchronous);
}

/// <summary>Spooled content as a sink gets it: a stream, and the file behind it when there is one.</summary>
internal sealed record SpooledContent(Stream Content, string? File);
