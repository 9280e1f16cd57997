using Connectors.Mft.Endpoints.Curl;
using Connectors.Mft.Profiles;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Endpoints.Ftp;

/// <summary>Opens <see cref="FtpEndpointProfile"/> endpoints: logs in (over TLS when asked) and enters the root folder.</summary>
public sealed class FtpEndpointOpener : IEndpointOpener
{
    public Type ProfileType => typeof(FtpEndpointProfile);

    public async Task<IFileEndpoint> OpenAsync(string name, EndpointProfile profile, CancellationToken cancellationToken)
    {
        if (profile is not FtpEndpointProfile ftp)
        {
            throw new ArgumentException($"endpoint '{name}' is a {profile?.GetType().Name}, not an FTP profile", nameof(profile));
        }

        if (string.IsNullOrWhiteSpace(ftp.Host))
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"endpoint '{name}' names no host; set /host.", propertyKeys: ["/host"]);
        }

        var password = SecretReader.Reveal(ftp.Password, "/password") ?? string.Empty;
        var endpoint = new FtpEndpoint(name, ftp, password);
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
