using Connectors.Sdk.Conformance;
using Connectors.Sdk.Testing.Tests.Broken;
using Connectors.Sdk.Testing.Tests.Fixtures;

namespace Connectors.Sdk.Testing.Tests.KitCatches;

public sealed class When_a_descriptor_is_incomplete
{
    [Fact]
    public async Task The_descriptor_check_lists_every_problem()
    {
        await using var adapter = new BrokenSenderAdapter<IncompleteDescriptorSender>("Sample_Sender");

        var message = await CheckFailure.MessageOfAsync(() => DescriptorConformance.IsCompleteAsync(adapter));

        Assert.True(message.Contains("the id 'Sample_Sender'", StringComparison.Ordinal), $"the failure does not name the badly formed id: {message}");
        Assert.True(message.Contains("the version '1.0'", StringComparison.Ordinal), $"the failure does not name the version that is not semantic: {message}");
        Assert.True(message.Contains("the description is empty", StringComparison.Ordinal), $"the failure does not name the missing description: {message}");
    }
}
