using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Tests.Fixtures;

namespace Connectors.Sdk.Hosting.Tests.Operations;

public sealed class When_a_profile_is_unknown : IDisposable
{
    private readonly ProfileFolder _folder = new();

    [Fact]
    public void The_error_lists_the_known_names()
    {
        _folder.Write("partner-a", ProfileFolder.Valid());
        _folder.Write("partner-b", ProfileFolder.Valid());
        using var store = StoreFactory.Open(_folder);

        var error = Assert.Throws<ConnectorException>(() => store.Get<SampleProfile>("partner-c"));

        Assert.Equal(ConnectorErrorKind.Configuration, error.Kind);
        Assert.False(error.IsRetryable, "an unknown profile cannot be fixed by retrying");
        Assert.Contains("partner-a, partner-b", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
