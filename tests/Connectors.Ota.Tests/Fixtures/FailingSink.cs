using Connectors.Sdk.Messages;

namespace Connectors.Ota.Tests.Fixtures;

/// <summary>A flow whose storage fails: it reads the message, then cannot commit it.</summary>
public sealed class FailingSink : IMessageSink
{
    public async Task<SinkResult> AcceptAsync(ConnectorMessage message, CancellationToken cancellationToken)
    {
        await message.Payload.CopyToAsync(Stream.Null, cancellationToken);
        throw new IOException("the disk is full");
    }
}
