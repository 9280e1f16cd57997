using Connectors.Sdk.Hosting.Tests.Fixtures;

namespace Connectors.Sdk.Hosting.Tests.Operations;

public sealed class When_a_secret_is_a_reference : IDisposable
{
    private readonly ProfileFolder _folder = new();

    [Fact]
    public void An_environment_reference_resolves_only_when_used()
    {
        var variable = "CONNECTORS_TEST_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, "from-the-environment");
        try
        {
            _folder.Write("env-partner", ProfileFolder.Valid(password: "env:" + variable));
            using var store = StoreFactory.Open(_folder);

            var profile = store.Get<SampleProfile>("env-partner");

            Assert.Equal("***", profile.Password.ToString());
            Assert.DoesNotContain("from-the-environment", profile.ToString(), StringComparison.Ordinal);
            Assert.Equal("from-the-environment", profile.Password.Reveal());
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void A_file_reference_reads_the_file_without_its_trailing_newline()
    {
        var secretFile = Path.Combine(_folder.Path, "password.txt");
        File.WriteAllText(secretFile, "from-a-file\n");
        _folder.Write("file-partner", ProfileFolder.Valid(password: "file:" + secretFile));
        using var store = StoreFactory.Open(_folder);

        Assert.Equal("from-a-file", store.Get<SampleProfile>("file-partner").Password.Reveal());
    }

    public void Dispose() => _folder.Dispose();
}
