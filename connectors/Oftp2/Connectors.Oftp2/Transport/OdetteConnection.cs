using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using Connectors.Oftp2.Profiles;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Tls;

namespace Connectors.Oftp2.Transport;

/// <summary>Opens the network connection of a session we initiate: TCP, then TLS when the profile asks for it.</summary>
public static class OdetteConnection
{
    /// <summary>Connects to <paramref name="host"/>:<paramref name="port"/>; failures are classified for retries.</summary>
    public static async Task<Stream> OpenAsync(string host, int port, Oftp2TlsSettings tls, TimeSpan connectTimeout, CancellationToken cancellationToken)
    {
        var network = await ConnectTcpAsync(host, port, connectTimeout, cancellationToken).ConfigureAwait(false);
        return tls.Enabled ? await SecureAsync(network, host, tls, connectTimeout, cancellationToken).ConfigureAwait(false) : network;
    }

    /// <summary>The TCP connection alone.</summary>
    internal static async Task<Stream> ConnectTcpAsync(string host, int port, TimeSpan connectTimeout, CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(connectTimeout);
        try
        {
            await client.ConnectAsync(host, port, timeout.Token).ConfigureAwait(false);
            return client.GetStream();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            client.Dispose();
            throw new ConnectorException(ConnectorErrorKind.Timeout, $"no TCP connection to {host}:{port} within {connectTimeout.TotalSeconds:0} s", propertyKeys: ["/host", "/port", "/network/connectTimeoutSeconds"]);
        }
        catch (SocketException e)
        {
            client.Dispose();
            throw new ConnectorException(ConnectorErrorKind.ConnectionFailed, $"cannot connect to {host}:{port}: {e.SocketErrorCode}", e, propertyKeys: ["/host", "/port"]);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>TLS over an open connection, the partner's certificate validated against the profile's trust.</summary>
    internal static async Task<Stream> SecureAsync(Stream network, string host, Oftp2TlsSettings tls, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var validation = ServerCertificateTrust.Load(host, tls.TrustedCertificates, "/tls/trustedCertificates");
        var ssl = new SslStream(network, leaveInnerStreamOpen: false, validation.Validate);
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = tls.ServerName ?? host,
            EnabledSslProtocols = TlsOptions.Protocols,
            CertificateRevocationCheckMode = System.Security.Cryptography.X509Certificates.X509RevocationMode.NoCheck,
        };
        if (tls.ClientCertificate is not null)
        {
            options.ClientCertificates = [LoadClientCertificate(tls)];
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await ssl.AuthenticateAsClientAsync(options, deadline.Token).ConfigureAwait(false);
            return ssl;
        }
        catch (AuthenticationException e)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw new ConnectorException(
                ConnectorErrorKind.Authentication,
                $"TLS with {host} failed: {validation.LastFailure ?? e.Message}",
                e,
                propertyKeys: ["/tls/trustedCertificates", "/tls/serverName"]);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw new ConnectorException(ConnectorErrorKind.Timeout, $"the TLS handshake with {host} took longer than {timeout.TotalSeconds:0} s");
        }
        catch (IOException e)
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            throw new ConnectorException(ConnectorErrorKind.ConnectionFailed, $"the connection to {host} closed during the TLS handshake: {e.Message}", e);
        }
    }

    private static System.Security.Cryptography.X509Certificates.X509Certificate2 LoadClientCertificate(Oftp2TlsSettings tls)
    {
        try
        {
            return CertificateFiles.LoadWithKey(tls.ClientCertificate!, null, tls.ClientCertificatePassword?.Reveal());
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"the TLS client certificate '{tls.ClientCertificate}' cannot be loaded with its key ({e.GetType().Name}): it must be a PKCS#12 file or a PEM file holding the certificate and its key",
                e,
                propertyKeys: ["/tls/clientCertificate", "/tls/clientCertificatePassword"]);
        }
    }
}
