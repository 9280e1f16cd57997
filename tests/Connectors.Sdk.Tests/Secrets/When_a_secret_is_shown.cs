using Connectors.Sdk.Secrets;

namespace Connectors.Sdk.Tests.Secrets;

public sealed class When_a_secret_is_shown
{
    [Theory]
    [InlineData("hunter2")]
    [InlineData("env:PATH")]
    [InlineData("file:/etc/hostname")]
    public void Every_text_form_is_redacted(string specification)
    {
        var secret = SecretValue.From(specification);

        Assert.Equal(SecretValue.Redacted, secret.ToString());
        Assert.Equal(SecretValue.Redacted, $"{secret}");
        Assert.DoesNotContain("hunter2", new { Password = secret }.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_source_names_a_reference_but_never_a_literal()
    {
        Assert.Equal("literal", SecretValue.From("hunter2").Source);
        Assert.Equal("env:PARTNER_PASSWORD", SecretValue.From("env:PARTNER_PASSWORD").Source);
        Assert.Equal("file:/run/secrets/p", SecretValue.From("file:/run/secrets/p").Source);
    }

    [Fact]
    public void A_literal_that_looks_like_a_reference_can_be_kept_literal()
    {
        Assert.Equal("env:not-a-reference", SecretValue.Literal("env:not-a-reference").Reveal());
    }
}
