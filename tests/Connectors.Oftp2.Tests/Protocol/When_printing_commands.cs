using Connectors.Oftp2.Tests.Protocol.Support;

namespace Connectors.Oftp2.Tests.Protocol;

/// <summary>Printing an SSID, as a log line does, never shows its password.</summary>
public sealed class When_printing_commands
{
    [Fact]
    public void The_password_is_masked()
    {
        var printed = (SampleCommands.StartSession with { Password = "SECRET1" }).ToString();
        Assert.False(printed.Contains("SECRET1", StringComparison.Ordinal), $"the password shows in: {printed}");
        Assert.True(printed.Contains("O0013000000CLIENT", StringComparison.Ordinal), $"the identification code is missing from: {printed}");
        Assert.True(printed.Contains("Password = ***", StringComparison.Ordinal), $"the password is not marked as hidden in: {printed}");
    }
}
