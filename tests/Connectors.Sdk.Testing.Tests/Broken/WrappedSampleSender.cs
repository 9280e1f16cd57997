using Connectors.SamplePlugin;
using Connectors.Sdk.Connectors;
using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Messages;
using Connectors.Sdk.Profiles;
using Microsoft.Extensions.Logging;

namespace Connectors.Sdk.Testing.Tests.Broken;

/// <summary>The sample sender under another id, for a deliberately broken variant to change one thing of.</summary>
public abstract class WrappedSampleSender(IOperationsStore operations, ILogger<SampleSender> logger, string id) : ISender<SampleSenderProperties>
{
    protected SampleSender Inner { get; } = new(operations, logger);

    protected IOperationsStore Operations => operations;

    protected ILogger Logger => logger;

    public virtual ConnectorDescriptor Descriptor => SampleSender.SenderDescriptor with { Id = id };

    public virtual Task<SendReceipt> SendAsync(ConnectorMessage message, SampleSenderProperties properties, CancellationToken cancellationToken) =>
        Inner.SendAsync(message, properties, cancellationToken);

    protected string PasswordOf(SampleSenderProperties properties) =>
        operations.Get<SampleProfile>(properties.ConnectionName).Password.Reveal();
}
