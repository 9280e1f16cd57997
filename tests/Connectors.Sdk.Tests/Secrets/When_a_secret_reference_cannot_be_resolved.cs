using Connectors.Sdk.Secrets;

namespace Connectors.Sdk.Tests.Secrets;

public sealed class When_a_secret_reference_cannot_be_resolved
{
    [Fact]
    public void A_missing_environment_variable_is_named()
    {
        var secret = SecretValue.From("env:CONNECTORS_SURELY_UNSET_" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<SecretResolutionException>(() => secret.Reveal());

        Assert.Contains("is not set", error.Message, StringComparison.Ordinal);
        Assert.Equal(secret.Specification, error.Reference);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));

        var problem = SecretValue.From("file:" + path).ProblemResolving();

        Assert.True(problem is not null, "a missing secret file was reported as resolvable");
        Assert.Contains(path, problem, StringComparison.Ordinal);
    }
}
