using Connectors.Mft.Endpoints.Curl;
using Connectors.Mft.Profiles;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Endpoints.Sftp;

/// <summary>A folder on an SFTP server reached through libcurl (with libssh2), its host key pinned.</summary>
internal sealed class SftpEndpoint : CurlFileEndpoint
{
    /// <summary>CURLSSH_AUTH_PUBLICKEY, CURLSSH_AUTH_PASSWORD and CURLSSH_AUTH_KEYBOARD.</summary>
    private const long AuthPublicKey = 1;
    private const long AuthPassword = 2;
    private const long AuthKeyboard = 8;

    private static readonly string[] LoginKeys = ["/user", "/password", "/privateKey", "/passphrase"];

    private readonly SftpEndpointProfile _profile;
    private readonly SftpCredentials _credentials;
    private readonly string _origin;
    private readonly string _pinnedKey;
    private readonly bool _keyPinned;

    public SftpEndpoint(string name, SftpEndpointProfile profile, SftpCredentials credentials)
        : base(new RemoteRoot(profile.Root), $"sftp endpoint '{name}' ({profile.Host}:{profile.Port}, folder '{profile.Root}', user '{profile.User}')", profile.Network)
    {
        _profile = profile;
        _credentials = credentials;
        _origin = CurlUrl.Origin("sftp", profile.Host, profile.Port);
        _keyPinned = !string.IsNullOrWhiteSpace(profile.HostKey);
        _pinnedKey = _keyPinned ? HostKeyFingerprint.ToCurlForm(profile.HostKey) : HostKeyFingerprint.NeverMatches;
    }

    protected override IReadOnlyList<string> CredentialKeys => LoginKeys;

    protected override string SessionUrl => _origin + "~/";

    /// <summary>In an SFTP URL the path is absolute; <c>~/</c> starts it at the account's home folder.</summary>
    protected override string UrlOf(RemotePath path, bool folder)
    {
        var joined = string.Join('/', CurlUrl.Escaped(path));
        var start = path.Absolute ? _origin : _origin + "~/";
        return start + joined + (folder && joined.Length > 0 ? "/" : string.Empty);
    }

    protected override void ConfigureSession(CurlEasy easy)
    {
        easy.Set(CurlOption.ProtocolsText, "sftp");
        easy.Set(CurlOption.UserName, _profile.User);
        easy.Set(CurlOption.SshHostPublicKeySha256, _pinnedKey);
        var methods = 0L;
        if (_credentials.Password is { } password)
        {
            easy.Set(CurlOption.Password, password);
            methods |= AuthPassword | AuthKeyboard;
        }

        if (_credentials.PrivateKeyFile is { } keyFile)
        {
            easy.Set(CurlOption.SshPrivateKeyFile, keyFile);

            // Empty: libssh2 derives the public key from the private one instead of looking for ~/.ssh/id_dsa.pub.
            easy.Set(CurlOption.SshPublicKeyFile, string.Empty);
            if (_credentials.Passphrase is { } passphrase)
            {
                easy.Set(CurlOption.KeyPassword, passphrase);
            }

            methods |= AuthPublicKey;
        }

        easy.Set(CurlOption.SshAuthTypes, methods);
    }

    /// <summary>OpenSSH's server refuses to rename onto an existing file, so replacing one removes it first ('*' lets that fail when it is absent).</summary>
    protected override IReadOnlyList<string> RenameCommands(RemotePath from, RemotePath to, bool overwrite) =>
        overwrite
            ? [$"*rm {Quoted(to)}", $"rename {Quoted(from)} {Quoted(to)}"]
            : [$"rename {Quoted(from)} {Quoted(to)}"];

    protected override IReadOnlyList<string> DeleteCommands(RemotePath path) => [$"rm {Quoted(path)}"];

    protected override ConnectorException? ClassifySecurityFailure(CurlOutcome outcome)
    {
        if (outcome.Code != CurlCode.PeerFailedVerification)
        {
            return null;
        }

        var presented = HostKeyFingerprint.PresentedIn(outcome.ErrorText) ?? "(libcurl did not say)";
        var message = _keyPinned
            ? $"{Description}: the server presented host key {presented}, not the pinned {_profile.HostKey.Trim()}. Either the server's key changed or this is not the right server; set /hostKey to the new fingerprint only after its administrator confirms it."
            : $"{Description}: no host key is pinned, and the server presented {presented}. Confirm it with the server's administrator (ssh-keygen -lf on the server's public host key) and set /hostKey to it.";
        return new ConnectorException(ConnectorErrorKind.Authentication, message, propertyKeys: ["/hostKey"]);
    }

    /// <summary>libcurl reads an SFTP command's paths as double-quoted strings with backslash escapes.</summary>
    private static string Quoted(RemotePath path) =>
        "\"" + path.Text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
