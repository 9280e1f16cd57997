using Connectors.Sdk.Connectors;
using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Retry;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Secrets;
using Microsoft.Extensions.Logging;

namespace Connectors.SamplePlugin;

/// <summary>
/// Sends a file to a sample partner: connects, logs in, sends the file and waits until the partner
/// stored it. Refused connections, lost connections and timeouts are retried as the profile says;
/// a denied login and a refused file are not.
/// </summary>
public sealed partial class SampleSender(IOperationsStore operations, ILogger<SampleSender> logger)
    : ISender<SampleSenderProperties>, IConnectionTester
{
    public static readonly ConnectorDescriptor SenderDescriptor = new(
        "sample-sender",
        "Sample sender",
        ConnectorKind.Sender,
        "1.0.0",
        typeof(SampleSenderProperties),
        typeof(SampleProfile),
        "Sends a file to a partner over the line-based sample protocol and waits until the partner stored it.");

    public ConnectorDescriptor Descriptor => SenderDescriptor;

    public string ProfileTypeId => SampleProfile.TypeId;

    public async Task<SendReceipt> SendAsync(ConnectorMessage message, SampleSenderProperties properties, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(properties);
        var profile = operations.Get<SampleProfile>(properties.ConnectionName);
        var password = Reveal(profile);
        var fileName = properties.FileName ?? message.Headers.FileName;
        if (!Protocol.SampleProtocol.IsField(fileName))
        {
            throw SampleFailures.NotAField("file name (of the properties or else of the message)", "/fileName");
        }

        var correlationId = message.Headers.CorrelationId ?? Guid.NewGuid().ToString("N");
        await using var payload = await SendablePayload.OpenAsync(message.Payload, cancellationToken).ConfigureAwait(false);
        logger.LogInformation(
            "Sending {FileName} ({Bytes} bytes, {Description}) to {Profile} at {Host}:{Port} as {User}, correlation {CorrelationId}",
            fileName,
            payload.Length,
            properties.Description ?? "no description",
            properties.ConnectionName,
            profile.Host,
            profile.Port,
            profile.User,
            correlationId);

        var retries = RetryPipelineFactory.Create(profile.Network, logger);
        return await retries.ExecuteAsync(
            async token =>
            {
                await using var client = await SampleClient.ConnectAsync(properties.ConnectionName, profile, token).ConfigureAwait(false);
                await client.LoginAsync(profile.User, password, token).ConfigureAwait(false);
                var answer = await client.SendFileAsync(fileName!, payload.Rewind(), payload.Length, token).ConfigureAwait(false);
                return ReceiptFor(answer, correlationId, payload.Length);
            },
            cancellationToken).ConfigureAwait(false);
    }

    private SendReceipt ReceiptFor(SampleAnswer answer, string correlationId, long bytes)
    {
        if (answer.Stored)
        {
            logger.LogInformation("Partner stored correlation {CorrelationId} as {DeliveryId}", correlationId, answer.Text);
            return SendReceipt.Delivered(correlationId, bytes, answer.Text);
        }

        logger.LogWarning("Partner refused correlation {CorrelationId}: {Reason}", correlationId, answer.Text);
        return SendReceipt.Rejected(correlationId, "REFUSED", answer.Text);
    }

    /// <summary>Resolves the password now; a reference that does not resolve is a configuration error naming the reference only.</summary>
    private static string Reveal(SampleProfile profile)
    {
        string password;
        try
        {
            password = profile.Password.Reveal();
        }
        catch (SecretResolutionException e)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, e.Message, e, propertyKeys: ["/password"]);
        }

        return Protocol.SampleProtocol.IsField(password)
            ? password
            : throw SampleFailures.NotAField("password", "/password");
    }
}
