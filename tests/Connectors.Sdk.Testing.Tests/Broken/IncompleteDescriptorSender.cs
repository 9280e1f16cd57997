using Connectors.SamplePlugin;
using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Profiles;
using Microsoft.Extensions.Logging;

namespace Connectors.Sdk.Testing.Tests.Broken;

/// <summary>Deliberately wrong: an id with capitals and an underscore, a two-part version, no description.</summary>
public sealed class IncompleteDescriptorSender(IOperationsStore operations, ILogger<SampleSender> logger)
    : WrappedSampleSender(operations, logger, "Sample_Sender")
{
    public override ConnectorDescriptor Descriptor => base.Descriptor with { Version = "1.0", Description = string.Empty };
}
