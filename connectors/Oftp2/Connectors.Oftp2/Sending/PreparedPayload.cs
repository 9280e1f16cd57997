using System.Text;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;

namespace Connectors.Oftp2.Sending;

/// <summary>
/// The file as it will be transmitted, on disk, so every retry and restart reads the same octets: the
/// caller's own file when it is one, otherwise a spooled copy (transcoded for T files, or signed, compressed
/// and encrypted by <see cref="SecuredPayload"/>). A spooled copy is removed when the payload is disposed.
/// </summary>
internal sealed class PreparedPayload : IAsyncDisposable
{
    private const int BufferSize = 1 << 20;
    private readonly bool _temporary;

    private PreparedPayload(string path, bool temporary, long? originalLength = null, PayloadSecurity? security = null)
    {
        Path = path;
        _temporary = temporary;
        Length = new FileInfo(path).Length;
        OriginalLength = originalLength ?? Length;
        Security = security ?? PayloadSecurity.None;
    }

    public string Path { get; }

    /// <summary>Octets transmitted: SFIDFSIZ before rounding to 1K blocks.</summary>
    public long Length { get; }

    /// <summary>Octets of the file before signing, compression and encryption: SFIDOSIZ before rounding.</summary>
    public long OriginalLength { get; }

    /// <summary>What was applied to the file, and the hash its signed receipt must repeat.</summary>
    public PayloadSecurity Security { get; }

    public static async Task<PreparedPayload> PrepareAsync(ConnectorMessage message, Oftp2SenderProperties properties, string spoolDirectory, CancellationToken cancellationToken)
    {
        if (properties.RecordFormat == Oftp2RecordFormat.T)
        {
            return await TranscodeAsync(message, properties, spoolDirectory, cancellationToken).ConfigureAwait(false);
        }

        if (message.Payload is FileStream { CanSeek: true } file && File.Exists(file.Name))
        {
            return new PreparedPayload(file.Name, temporary: false);
        }

        var spooled = SpoolPath(spoolDirectory);
        await using (var target = OpenForWriting(spooled))
        {
            await message.Payload.CopyToAsync(target, BufferSize, cancellationToken).ConfigureAwait(false);
        }

        return new PreparedPayload(spooled, temporary: true);
    }

    /// <summary>A spooled file <paramref name="path"/> that holds the secured form of a file of <paramref name="originalLength"/> octets.</summary>
    public static PreparedPayload Secured(string path, long originalLength, PayloadSecurity security) =>
        new(path, temporary: true, originalLength, security);

    /// <summary>This file, sent as it is but with a signed receipt requested, whose hash it must repeat.</summary>
    public PreparedPayload WithSignedReceipt(PayloadSecurity security) =>
        new(Path, _temporary, OriginalLength, security);

    /// <summary>Moves (or copies, when it is the caller's file) the payload to <paramref name="path"/>, where a queue keeps it until sent.</summary>
    public async Task KeepAtAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        if (_temporary)
        {
            File.Move(Path, path);
            return;
        }

        await using var source = Open();
        await using var target = OpenForWriting(path);
        await source.CopyToAsync(target, BufferSize, cancellationToken).ConfigureAwait(false);
        target.Flush(flushToDisk: true);
    }

    public FileStream Open() => new(Path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public ValueTask DisposeAsync()
    {
        if (_temporary && File.Exists(Path))
        {
            File.Delete(Path);
        }

        return ValueTask.CompletedTask;
    }

    private static async Task<PreparedPayload> TranscodeAsync(ConnectorMessage message, Oftp2SenderProperties properties, string spoolDirectory, CancellationToken cancellationToken)
    {
        var source = TextEncodings.Named(message.Headers.Encoding) ?? TextEncodings.Of(properties.SourceEncoding);
        var target = TextEncodings.Of(properties.Encoding);
        var spooled = SpoolPath(spoolDirectory);
        try
        {
            using var reader = new StreamReader(message.Payload, source, detectEncodingFromByteOrderMarks: true, BufferSize, leaveOpen: true);
            await using var writer = new StreamWriter(OpenForWriting(spooled), target, BufferSize);
            var buffer = new char[BufferSize / 4];
            int read;
            while ((read = await reader.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                await writer.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is DecoderFallbackException or EncoderFallbackException)
        {
            File.Delete(spooled);
            var direction = e is DecoderFallbackException ? $"is not valid {source.WebName}" : $"has a character {target.WebName} cannot hold";
            throw new ConnectorException(ConnectorErrorKind.Encoding, $"the text {direction}: {e.Message}", e, propertyKeys: ["/encoding", "/sourceEncoding"]);
        }

        return new PreparedPayload(spooled, temporary: true);
    }

    internal static string SpoolPath(string spoolDirectory)
    {
        var folder = System.IO.Path.Combine(spoolDirectory, "oftp2", "outbound");
        Directory.CreateDirectory(folder);
        return System.IO.Path.Combine(folder, Guid.NewGuid().ToString("N"));
    }

    internal static FileStream OpenForWriting(string path) =>
        new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
}
