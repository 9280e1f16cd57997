using Connectors.SamplePlugin;
using Connectors.Sdk.Connectors;
using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Messages;

namespace Connectors.Sdk.Testing.Tests.Broken;

/// <summary>A sender whose profile keeps its password as plain text; it never sends, it is only inspected.</summary>
public sealed class PlainPasswordSender : ISender<SampleSenderProperties>
{
    public ConnectorDescriptor Descriptor { get; } = SampleSender.SenderDescriptor with
    {
        Id = "plain-password-sender",
        ProfileType = typeof(PlainPasswordProfile),
    };

    public Task<SendReceipt> SendAsync(ConnectorMessage message, SampleSenderProperties properties, CancellationToken cancellationToken) =>
        throw new NotSupportedException("this sender is only inspected");
}
