using Connectors.Sdk.Messages;

namespace Connectors.Sdk.Conformance;

/// <summary>A sink that reads each payload to its end and reports it committed; for checks that do not look at what arrives.</summary>
internal sealed class DiscardingSink : IMessageSink
{
    public async Task<SinkResult> AcceptAsync(ConnectorMessage message, CancellationToken cancellationToken)
    {
        await message.Payload.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
        return SinkResult.Committed(Guid.NewGuid().ToString("N"));
    }
}
