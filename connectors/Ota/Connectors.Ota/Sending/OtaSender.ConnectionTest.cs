using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using Connectors.Ota.Protocol.Envelope;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Testing;

namespace Connectors.Ota.Sending;

public sealed partial class OtaSender
{
    /// <summary>
    /// Resolves the profile and the host, connects, checks the server certificate for an HTTPS type, and
    /// authenticates with an AUTH2 request, which checks the credentials and delivers nothing.
    /// </summary>
    public async Task<ConnectionTestResult> TestConnectionAsync(string profileName, CancellationToken cancellationToken)
    {
        var report = new ConnectionTestReport();
        OtaPartner partner;
        IPAddress[] addresses;
        try
        {
            partner = OtaPartner.Resolve(_operations, profileName);
            addresses = await ResolveHostAsync(partner, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException e)
        {
            return report.Failed(ConnectionTestStageName.Resolve, e);
        }

        var address = partner.Target.Address;
        report.Passed(ConnectionTestStageName.Resolve, $"profile '{profileName}' loaded, its password resolves, {address.Host} is {addresses[0]}");
        var connect = TimeSpan.FromSeconds(partner.Profile.Network.ConnectTimeoutSeconds);
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timer.CancelAfter(connect);
            await socket.ConnectAsync(addresses, address.Port, timer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            return report.Failed(ConnectionTestStageName.Connect, OtaSendFailures.TimedOut(partner.Target.Description, "could not be connected to", connect, "/network/connectTimeoutSeconds", e));
        }
        catch (SocketException e) when (!cancellationToken.IsCancellationRequested)
        {
            return report.Failed(ConnectionTestStageName.Connect, OtaSendFailures.ClientError(
                ConnectorErrorKind.ConnectionFailed, partner.Target.Description, $"cannot be connected to ({e.SocketErrorCode})", e, OtaSendFailures.AddressKey));
        }

        report.Passed(ConnectionTestStageName.Connect, $"connected to {address.Host}:{address.Port}");
        if (partner.Target.ProtocolType.IsSecure())
        {
            if (await HandshakeAsync(socket, partner, cancellationToken).ConfigureAwait(false) is { } tlsFailure)
            {
                return report.Failed(ConnectionTestStageName.Tls, tlsFailure);
            }

            report.Passed(ConnectionTestStageName.Tls, $"the certificate of {address.Host} is trusted and names it");
        }
        else
        {
            report.Skipped(ConnectionTestStageName.Tls, $"{partner.Target.ProtocolType.WireName()} does not use TLS");
        }

        if (!partner.Target.ProtocolType.IsGuaranteed())
        {
            report.Skipped(ConnectionTestStageName.Authenticate, "a straight post goes to a plain web server, which has no AUTH2 request; the first document will show whether the credentials are accepted");
        }
        else
        {
            try
            {
                var envelope = OtaRequestBuilder.Auth2Envelope(partner.Target, partner.Profile, partner.Password);
                var result = await _exchange.PostAsync(partner.ProfileName, partner.Profile, partner.Target, partner.Password, token => OtaRequestBuilder.EmptyContentAsync(envelope, token), cancellationToken).ConfigureAwait(false);
                if (!result.Delivered)
                {
                    return report.Failed(ConnectionTestStageName.Authenticate, new ConnectorException(
                        ConnectorErrorKind.RejectedByPartner,
                        $"{partner.Target.Description} refused the AUTH2 request with {result.StatusCode}: {result.Description}",
                        propertyKeys: [OtaSendFailures.AddressKey]));
                }
            }
            catch (ConnectorException e)
            {
                return report.Failed(ConnectionTestStageName.Authenticate, e);
            }

            report.Passed(ConnectionTestStageName.Authenticate, $"AUTH2 as '{partner.Profile.Username}' accepted");
        }

        report.Skipped(ConnectionTestStageName.Session, "an OTA exchange is a single request; there is no session to open");
        return report.Result;
    }

    private static async Task<IPAddress[]> ResolveHostAsync(OtaPartner partner, CancellationToken cancellationToken)
    {
        var host = partner.Target.Address.Host;
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal))
        {
            return [literal];
        }

        try
        {
            var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
            return addresses.Length > 0 ? addresses : throw new SocketException((int)SocketError.HostNotFound);
        }
        catch (SocketException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw OtaSendFailures.ClientError(ConnectorErrorKind.ConnectionFailed, partner.Target.Description, $"cannot be resolved ({e.SocketErrorCode})", e, OtaSendFailures.AddressKey);
        }
    }

    private static async Task<ConnectorException?> HandshakeAsync(Socket socket, OtaPartner partner, CancellationToken cancellationToken)
    {
        var trust = OtaTlsTrust.From(partner.ProfileName, partner.Profile.Tls);
        var tls = new SslStream(new NetworkStream(socket, ownsSocket: false), leaveInnerStreamOpen: false);
        await using (tls.ConfigureAwait(false))
        {
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timer.CancelAfter(TimeSpan.FromSeconds(partner.Profile.Network.ResponseTimeoutSeconds));
            try
            {
                await tls.AuthenticateAsClientAsync(
                    new SslClientAuthenticationOptions
                    {
                        TargetHost = partner.Target.Address.IdnHost,
                        EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
                        RemoteCertificateValidationCallback = trust.Validate,
                    },
                    timer.Token).ConfigureAwait(false);
                return null;
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                return OtaSendFailures.TimedOut(partner.Target.Description, "did not complete the TLS handshake", TimeSpan.FromSeconds(partner.Profile.Network.ResponseTimeoutSeconds), "/network/responseTimeoutSeconds", e);
            }
            catch (Exception e) when (e is AuthenticationException or IOException && !cancellationToken.IsCancellationRequested)
            {
                return new ConnectorException(
                    ConnectorErrorKind.Authentication,
                    $"the TLS handshake with {partner.Target.Description} failed ({e.Message}); check that its certificate is trusted by the profile and names the address's host",
                    e,
                    propertyKeys: [OtaTlsTrust.TrustedCertificatesKey, OtaSendFailures.AddressKey]);
            }
        }
    }
}
