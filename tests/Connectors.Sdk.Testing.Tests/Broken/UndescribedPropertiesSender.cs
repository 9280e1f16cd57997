using Connectors.Sdk.Connectors;
using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Messages;

namespace Connectors.Sdk.Testing.Tests.Broken;

/// <summary>A sender whose properties leave a property undescribed; it never sends, it is only inspected.</summary>
public sealed class UndescribedPropertiesSender : ISender<UndescribedSenderProperties>
{
    public ConnectorDescriptor Descriptor { get; } = new(
        "undescribed-sender",
        "Undescribed sender",
        ConnectorKind.Sender,
        "1.0.0",
        typeof(UndescribedSenderProperties),
        null,
        "A sender whose properties leave a property undescribed.");

    public Task<SendReceipt> SendAsync(ConnectorMessage message, UndescribedSenderProperties properties, CancellationToken cancellationToken) =>
        throw new NotSupportedException("this sender is only inspected");
}
