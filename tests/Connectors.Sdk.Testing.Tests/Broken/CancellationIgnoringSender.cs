using Connectors.SamplePlugin;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Microsoft.Extensions.Logging;

namespace Connectors.Sdk.Testing.Tests.Broken;

/// <summary>Deliberately wrong: drops the caller's cancellation token, so only the profile's timeouts end a wait.</summary>
public sealed class CancellationIgnoringSender(IOperationsStore operations, ILogger<SampleSender> logger)
    : WrappedSampleSender(operations, logger, "cancellation-ignoring-sender")
{
    public override Task<SendReceipt> SendAsync(ConnectorMessage message, SampleSenderProperties properties, CancellationToken cancellationToken) =>
        Inner.SendAsync(message, properties, CancellationToken.None);
}
