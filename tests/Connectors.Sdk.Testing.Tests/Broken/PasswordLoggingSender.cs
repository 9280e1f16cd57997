using Connectors.SamplePlugin;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Microsoft.Extensions.Logging;

namespace Connectors.Sdk.Testing.Tests.Broken;

/// <summary>Deliberately wrong: writes the password into a debug log line before each send.</summary>
public sealed class PasswordLoggingSender(IOperationsStore operations, ILogger<SampleSender> logger)
    : WrappedSampleSender(operations, logger, "password-logging-sender")
{
    public override Task<SendReceipt> SendAsync(ConnectorMessage message, SampleSenderProperties properties, CancellationToken cancellationToken)
    {
        Logger.LogDebug("Logging in to {Profile} with password {Password}", properties.ConnectionName, PasswordOf(properties));
        return Inner.SendAsync(message, properties, cancellationToken);
    }
}
