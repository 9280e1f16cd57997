using Connectors.Mft.Tests.Endpoints.Fixtures;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Secrets;

namespace Connectors.Mft.Tests.Endpoints.Sftp;

[Collection(RemoteServersCollection.Name)]
public sealed class When_logging_in_with_a_private_key(RemoteServersFixture servers)
{
    [Fact]
    public async Task The_key_alone_opens_the_endpoint()
    {
        using var folder = new TestFolder();
        var profile = servers.SftpProfile(folder.Path) with
        {
            Password = null,
            PrivateKey = servers.Sftp.ClientKeyFile,
            Passphrase = SecretValue.Literal(SshdServer.ClientKeyPassphrase),
        };
        await using var endpoint = await RemoteServersFixture.OpenAsync(profile);

        await endpoint.WriteAsync("by-key.txt", new MemoryStream("signed in"u8.ToArray()), 0, CancellationToken.None);

        Assert.True(File.ReadAllText(folder.Local("by-key.txt")) == "signed in", "the file written after a key login is not on the server");
    }

    [Fact]
    public async Task A_wrong_passphrase_fails_as_authentication_naming_the_key()
    {
        var profile = servers.SftpProfile("/tmp") with
        {
            Password = null,
            PrivateKey = servers.Sftp.ClientKeyFile,
            Passphrase = SecretValue.Literal("wrong passphrase"),
        };

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => RemoteServersFixture.OpenAsync(profile));

        Assert.True(failure.Kind == ConnectorErrorKind.Authentication, $"classified as {failure.Kind}: {failure.Message}");
        Assert.True(failure.PropertyKeys.Contains("/privateKey") && failure.PropertyKeys.Contains("/passphrase"), $"keys to fix are {string.Join(", ", failure.PropertyKeys)}");
    }
}
