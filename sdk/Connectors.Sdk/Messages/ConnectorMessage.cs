namespace Connectors.Sdk.Messages;

/// <summary>
/// A payload stream and its headers. The payload is a stream, never a byte array, because a
/// partner's file can be many gigabytes; whoever creates the message owns and disposes the stream.
/// </summary>
/// <param name="Payload">Readable stream positioned at the first byte of the content.</param>
/// <param name="Headers">File name, description, encoding, correlation id, partner and extras.</param>
public sealed record ConnectorMessage(Stream Payload, MessageHeaders Headers)
{
    /// <summary>Length of the payload in bytes when the stream knows it.</summary>
    public long? Length => Payload.CanSeek ? Payload.Length - Payload.Position : null;
}
