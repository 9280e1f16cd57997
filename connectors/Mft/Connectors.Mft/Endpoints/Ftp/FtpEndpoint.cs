using System.Text;
using Connectors.Mft.Endpoints.Curl;
using Connectors.Mft.Profiles;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Endpoints.Ftp;

/// <summary>A folder on an FTP server, plain or over TLS (explicit or implicit FTPS), reached through libcurl.</summary>
internal sealed class FtpEndpoint : CurlFileEndpoint
{
    /// <summary>CURLUSESSL_ALL: TLS on the control and the data connections, or no session at all.</summary>
    private const long UseSslAll = 3;

    /// <summary>CURL_SSLVERSION_TLSv1_2: the lowest TLS version accepted.</summary>
    private const long TlsMinimum12 = 6;

    /// <summary>CURL_SSLVERSION_MAX_TLSv1_2: the highest TLS version offered, in the upper half of the value.</summary>
    private const long TlsMaximum12 = 6L << 16;

    private static readonly string[] LoginKeys = ["/user", "/password"];

    private readonly FtpEndpointProfile _profile;
    private readonly string _password;
    private readonly string _origin;

    public FtpEndpoint(string name, FtpEndpointProfile profile, string password)
        : base(new RemoteRoot(profile.Root), Describe(name, profile), profile.Network)
    {
        _profile = profile;
        _password = password;
        _origin = CurlUrl.Origin(profile.Security == FtpSecurity.Implicit ? "ftps" : "ftp", profile.Host, profile.Port);
    }

    protected override IReadOnlyList<string> CredentialKeys => LoginKeys;

    protected override string SessionUrl => _origin;

    /// <summary>
    /// In an FTP URL the path is relative to the login folder; an absolute path starts with an encoded '/'
    /// (<c>%2F</c>), which libcurl sends as <c>CWD /</c>.
    /// </summary>
    protected override string UrlOf(RemotePath path, bool folder)
    {
        var parts = (path.Absolute ? ["%2F"] : Array.Empty<string>()).Concat(CurlUrl.Escaped(path)).ToList();
        return _origin + string.Join('/', parts) + (folder && parts.Count > 0 ? "/" : string.Empty);
    }

    protected override void ConfigureSession(CurlEasy easy)
    {
        easy.Set(CurlOption.ProtocolsText, "ftp,ftps");
        easy.Set(CurlOption.UserName, _profile.User);
        easy.Set(CurlOption.Password, _password);
        if (_profile.PassiveMode)
        {
            // The address in a PASV answer is often a server's private one behind NAT; the control connection's is right.
            easy.Set(CurlOption.FtpSkipPasvIp, true);
        }
        else
        {
            easy.Set(CurlOption.FtpPort, "-");
        }

        if (_profile.Security == FtpSecurity.None)
        {
            return;
        }

        easy.Set(CurlOption.UseSsl, UseSslAll);

        // Over TLS 1.3 the server sends session tickets on each data connection after the handshake; an
        // upload never reads them, so closing the connection resets it and the server (vsftpd with OpenSSL 3)
        // drops the file's last bytes and answers 426. TLS 1.2 has no such tickets.
        easy.Set(CurlOption.SslVersion, _profile.AllowTls13 ? TlsMinimum12 : TlsMinimum12 | TlsMaximum12);
        easy.Set(CurlOption.SslVerifyPeer, true);
        easy.Set(CurlOption.SslVerifyHost, 2L);
        var trusted = _profile.TrustedCertificates?.Trim();
        if (string.IsNullOrEmpty(trusted))
        {
            return;
        }

        if (trusted.StartsWith("-----BEGIN", StringComparison.Ordinal))
        {
            easy.SetBlob(CurlOption.CaInfoBlob, Encoding.ASCII.GetBytes(trusted));
        }
        else
        {
            easy.Set(CurlOption.CaInfo, trusted);
        }
    }

    /// <summary>RNFR/RNTO replace an existing target on the usual servers, so overwriting needs no command of its own.</summary>
    protected override IReadOnlyList<string> RenameCommands(RemotePath from, RemotePath to, bool overwrite) => [$"RNFR {from}", $"RNTO {to}"];

    protected override IReadOnlyList<string> DeleteCommands(RemotePath path) => [$"DELE {path}"];

    protected override ConnectorException? ClassifySecurityFailure(CurlOutcome outcome) => outcome.Code switch
    {
        CurlCode.PeerFailedVerification or CurlCode.SslCertificateProblem or CurlCode.SslCaCertificateBadFile
            or CurlCode.SslIssuerError or CurlCode.SslCrlBadFile => new ConnectorException(
            ConnectorErrorKind.Authentication,
            $"{Description}: the server's TLS certificate was not accepted ({outcome.ErrorText}); put the server's certificate, or the certificate of its issuer, into /trustedCertificates (PEM).",
            propertyKeys: ["/trustedCertificates"]),
        CurlCode.SslConnectError or CurlCode.SslCipher => new ConnectorException(
            ConnectorErrorKind.Authentication,
            $"{Description}: the TLS handshake failed ({outcome.ErrorText}); check /security (explicit or implicit FTPS, and the port) and /trustedCertificates. TLS 1.2 or later is required.",
            propertyKeys: ["/security", "/port", "/trustedCertificates"]),
        CurlCode.UseSslFailed => new ConnectorException(
            ConnectorErrorKind.Configuration,
            $"{Description}: the server does not offer TLS ({outcome.ErrorText}); check /security.",
            propertyKeys: ["/security"]),
        _ => null,
    };

    private static string Describe(string name, FtpEndpointProfile profile)
    {
        var kind = profile.Security switch
        {
            FtpSecurity.None => "ftp",
            FtpSecurity.Explicit => "ftps (explicit)",
            _ => "ftps (implicit)",
        };
        return $"{kind} endpoint '{name}' ({profile.Host}:{profile.Port}, folder '{profile.Root}', user '{profile.User}')";
    }
}
