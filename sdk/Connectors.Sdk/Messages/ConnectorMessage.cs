namespace Connectors.Sdk.Messages;

/// <summary>
/// A payload stream and its headers. The payload is a stream, never a byte array, because a
/// partner's file can be many gigabytes; whoever creates the message owns and disposes the stream.
/// </summary>
/// <param name="Payload">Readable stream positioned at the first byte of the content.</param>
/// <param name="Headers">File name, description, encoding, correlation id, partner and extras.</param>
public sealed record ConnectorMessage(Stream Payload, MessageHeaders Headers)
{
    /// <summary>
    /// A local file that holds exactly the payload, already flushed to disk, which a sink may move into
    /// place instead of copying it. Whoever sets it gives the file up once the sink returns; a sink that
    /// does not move it reads <see cref="Payload"/> as usual.
    /// </summary>
    public string? SpooledFile { get; init; }

    /// <summary>Length of the payload in bytes when the stream knows it.</summary>
    public long? Length => Payload.CanSeek ? Payload.Length - Payload.Position : null;
}
