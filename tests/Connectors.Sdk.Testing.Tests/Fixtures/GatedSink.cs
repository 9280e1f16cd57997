using Connectors.Sdk.Messages;

namespace Connectors.Sdk.Testing.Tests.Fixtures;

/// <summary>A sink that reads the file, then holds its commit until the test opens the gate.</summary>
public sealed class GatedSink : IMessageSink
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once a file has been read and waits for its commit.</summary>
    public Task Reached => _reached.Task;

    public void Open() => _gate.TrySetResult();

    public async Task<SinkResult> AcceptAsync(ConnectorMessage message, CancellationToken cancellationToken)
    {
        await message.Payload.CopyToAsync(Stream.Null, cancellationToken);
        _reached.TrySetResult();
        await _gate.Task.WaitAsync(cancellationToken);
        return SinkResult.Committed("gated-delivery");
    }
}
