using Connectors.Sdk.Messages;

namespace Connectors.Sdk.Testing.Tests.Fixtures;

/// <summary>A flow that refuses every file with the same reason, without reading it.</summary>
public sealed class RefusingSink(string reason) : IMessageSink
{
    public Task<SinkResult> AcceptAsync(ConnectorMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(SinkResult.Refused(reason));
}
