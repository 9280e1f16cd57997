using System.Text.RegularExpressions;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Endpoints.Sftp;

/// <summary>
/// A server's host key fingerprint as <c>ssh-keygen -lf</c> prints it (<c>SHA256:</c> and the unpadded
/// base64 of the key's SHA-256), and the form libcurl compares (the base64 alone).
/// </summary>
internal static partial class HostKeyFingerprint
{
    /// <summary>
    /// What libcurl is given when no key is pinned: no SHA-256 encodes to it, so the server's key is refused
    /// and its fingerprint can be named in the error.
    /// </summary>
    public const string NeverMatches = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    /// <summary>The base64 part of a pinned fingerprint; throws a configuration error naming /hostKey when it is not one.</summary>
    public static string ToCurlForm(string fingerprint)
    {
        var text = fingerprint.Trim();
        var base64 = (text.StartsWith("SHA256:", StringComparison.OrdinalIgnoreCase) ? text["SHA256:".Length..] : text).TrimEnd('=');
        Span<byte> hash = stackalloc byte[33];
        if (!Convert.TryFromBase64String(base64 + "=", hash, out var length) || length != 32)
        {
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"/hostKey '{fingerprint}' is not a SHA-256 fingerprint; write it as `ssh-keygen -lf` prints it, e.g. SHA256:X0bi3xpyfgOYs6ibNT+HyyEYZJWRrAltlunWilBDl2o.",
                propertyKeys: ["/hostKey"]);
        }

        return base64;
    }

    /// <summary>The fingerprint the server presented, read from libcurl's mismatch message, in ssh-keygen's form.</summary>
    public static string? PresentedIn(string curlMessage)
    {
        var match = RemoteFingerprint().Match(curlMessage);
        return match.Success ? "SHA256:" + match.Groups["base64"].Value.TrimEnd('=') : null;
    }

    [GeneratedRegex(@"Remote (?<base64>[A-Za-z0-9+/=]+) is not equal", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex RemoteFingerprint();
}
