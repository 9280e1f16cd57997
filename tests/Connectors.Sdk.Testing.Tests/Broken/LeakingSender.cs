using Connectors.SamplePlugin;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Microsoft.Extensions.Logging;

namespace Connectors.Sdk.Testing.Tests.Broken;

/// <summary>Deliberately wrong: puts the password into the message of every failure.</summary>
public sealed class LeakingSender(IOperationsStore operations, ILogger<SampleSender> logger)
    : WrappedSampleSender(operations, logger, "leaking-sender")
{
    public override async Task<SendReceipt> SendAsync(ConnectorMessage message, SampleSenderProperties properties, CancellationToken cancellationToken)
    {
        try
        {
            return await Inner.SendAsync(message, properties, cancellationToken);
        }
        catch (ConnectorException e)
        {
            throw new ConnectorException(e.Kind, $"{e.Message} (logged in with password {PasswordOf(properties)})", e);
        }
    }
}
