using Connectors.Mft.Endpoints.Curl;
using Connectors.Mft.Profiles;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Endpoints.Sftp;

/// <summary>Opens <see cref="SftpEndpointProfile"/> endpoints: checks the host key, logs in and enters the root folder.</summary>
public sealed class SftpEndpointOpener : IEndpointOpener
{
    public Type ProfileType => typeof(SftpEndpointProfile);

    public async Task<IFileEndpoint> OpenAsync(string name, EndpointProfile profile, CancellationToken cancellationToken)
    {
        if (profile is not SftpEndpointProfile sftp)
        {
            throw new ArgumentException($"endpoint '{name}' is a {profile?.GetType().Name}, not an SFTP profile", nameof(profile));
        }

        if (string.IsNullOrWhiteSpace(sftp.Host))
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"endpoint '{name}' names no host; set /host.", propertyKeys: ["/host"]);
        }

        var credentials = new SftpCredentials(
            SecretReader.Reveal(sftp.Password, "/password"),
            string.IsNullOrWhiteSpace(sftp.PrivateKey) ? null : sftp.PrivateKey.Trim(),
            SecretReader.Reveal(sftp.Passphrase, "/passphrase"));
        if (credentials.Password is null && credentials.PrivateKeyFile is null)
        {
            throw new ConnectorException(
                ConnectorErrorKind.Configuration, $"endpoint '{name}' has neither a password nor a private key; set /password or /privateKey.", propertyKeys: ["/password", "/privateKey"]);
        }

        if (credentials.PrivateKeyFile is { } keyFile && !File.Exists(keyFile))
        {
            throw new ConnectorException(
                ConnectorErrorKind.Configuration, $"endpoint '{name}': the private key file '{keyFile}' does not exist; check /privateKey.", propertyKeys: ["/privateKey"]);
        }

        var endpoint = new SftpEndpoint(name, sftp, credentials);
        try
        {
            await endpoint.ProbeAsync(cancellationToken).ConfigureAwait(false);
            return endpoint;
        }
        catch
        {
            await endpoint.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
