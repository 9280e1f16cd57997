using Connectors.SamplePlugin;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Microsoft.Extensions.Logging;

namespace Connectors.Sdk.Testing.Tests.Broken;

/// <summary>Deliberately wrong: reports a refused connection as an authentication failure.</summary>
public sealed class MisclassifyingSender(IOperationsStore operations, ILogger<SampleSender> logger)
    : WrappedSampleSender(operations, logger, "misclassifying-sender")
{
    public override async Task<SendReceipt> SendAsync(ConnectorMessage message, SampleSenderProperties properties, CancellationToken cancellationToken)
    {
        try
        {
            return await Inner.SendAsync(message, properties, cancellationToken);
        }
        catch (ConnectorException e) when (e.Kind == ConnectorErrorKind.ConnectionFailed)
        {
            throw new ConnectorException(ConnectorErrorKind.Authentication, e.Message, e);
        }
    }
}
