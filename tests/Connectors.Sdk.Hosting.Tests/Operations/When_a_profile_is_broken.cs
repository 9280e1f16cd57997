using Connectors.Sdk.Hosting.Tests.Fixtures;

namespace Connectors.Sdk.Hosting.Tests.Operations;

public sealed class When_a_profile_is_broken : IDisposable
{
    private const string Secret = "do-not-print-me-7391";
    private readonly ProfileFolder _folder = new();

    [Theory]
    [InlineData("""{ "type": "sample", "port": 4100, "user": "acme", "password": "do-not-print-me-7391" }""", "/host", "required")]
    [InlineData("""{ "type": "sample", "host": "h", "port": "many", "user": "acme", "password": "do-not-print-me-7391" }""", "/port", "type")]
    [InlineData("""{ "type": "sample", "host": "h", "user": "acme", "password": "do-not-print-me-7391", "hots": "x" }""", "/hots", "additionalProperties")]
    [InlineData("""{ "type": "sample", "host": "h", "user": "acme", "password": "env:CONNECTORS_TEST_UNSET_VARIABLE" }""", "/password", "secret-reference")]
    [InlineData("""{ "type": "sample", "host": "h", "user": "acme", "password": "do-not-print-me-7391", "network": { "maxAttempts": 0 } }""", "/network/maxAttempts", "minimum")]
    [InlineData("""{ "type": "nosuch", "host": "h" }""", "/type", "enum")]
    [InlineData("""{ "type": "sample", "host": """, "", "json")]
    public void It_is_refused_with_its_file_pointer_and_rule_and_the_others_still_load(string json, string pointer, string rule)
    {
        _folder.Write("broken", json);
        _folder.Write("good", ProfileFolder.Valid());

        using var store = StoreFactory.Open(_folder);

        var finding = Assert.Single(store.Refused);
        Assert.Equal("broken.json", finding.Source);
        Assert.True(finding.Pointer == pointer, $"expected pointer '{pointer}', got '{finding.Pointer}' ({finding})");
        Assert.True(finding.Rule == rule, $"expected rule '{rule}', got '{finding.Rule}' ({finding})");
        Assert.DoesNotContain(Secret, finding.ToString(), StringComparison.Ordinal);
        Assert.True(store.Find("good") is not null, "a broken profile stopped a good one from loading");
        Assert.True(store.Find("broken") is null, "a broken profile was loaded");
    }

    [Fact]
    public void Asking_for_it_says_why_it_was_refused()
    {
        _folder.Write("broken", """{ "type": "sample", "user": "acme", "password": "x" }""");
        using var store = StoreFactory.Open(_folder);

        var error = Assert.Throws<Errors.ConnectorException>(() => store.Get<SampleProfile>("broken"));

        Assert.Equal(Errors.ConnectorErrorKind.Configuration, error.Kind);
        Assert.Contains("/host", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
