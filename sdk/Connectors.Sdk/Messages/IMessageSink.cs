namespace Connectors.Sdk.Messages;

/// <summary>
/// Where a receiver hands inbound messages. <see cref="AcceptAsync"/> returns only after the message
/// is durably committed (or refused): a receiver acknowledges to its partner only then, so a crash
/// between receiving and acknowledging makes the partner resend rather than lose the file.
/// </summary>
public interface IMessageSink
{
    /// <summary>Reads the payload to its end and commits it durably before returning.</summary>
    Task<SinkResult> AcceptAsync(ConnectorMessage message, CancellationToken cancellationToken);
}
