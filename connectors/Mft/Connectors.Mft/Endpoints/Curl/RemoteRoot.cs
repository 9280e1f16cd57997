using Connectors.Sdk.Errors;

namespace Connectors.Mft.Endpoints.Curl;

/// <summary>
/// The profile's root folder on a server, and the only way to turn a task's path into a server path: a
/// path with a '..' segment, or a character a server command could be split on, is refused, so no path
/// can reach outside the root or smuggle a second command.
/// </summary>
internal sealed class RemoteRoot
{
    private readonly RemotePath _root;

    public RemoteRoot(string root)
    {
        var text = string.IsNullOrWhiteSpace(root) ? "/" : root.Trim();
        var segments = Split(text, text, "/root");

        // '~/data' is how people write a folder in the home directory, which is where a relative path starts anyway.
        _root = new RemotePath(text.StartsWith('/'), segments is ["~", ..] ? segments[1..] : segments);
    }

    public RemotePath Path => _root;

    /// <summary>The server path of <paramref name="relative"/> (relative to the root; "" or "/" is the root itself).</summary>
    public RemotePath Resolve(string relative)
    {
        ArgumentNullException.ThrowIfNull(relative);
        return _root with { Segments = [.. _root.Segments, .. Split(relative, relative, null)] };
    }

    private static string[] Split(string text, string shown, string? propertyKey)
    {
        if (text.Any(c => c is '\r' or '\n' or '\0'))
        {
            throw Refused($"path '{shown.ReplaceLineEndings(" ")}' holds a line break or NUL, which no file name on a server may hold", propertyKey);
        }

        // A backslash is a separator to anyone thinking in Windows paths, so 'a\..\b' is refused like 'a/../b'.
        var segments = text.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s == ".."))
        {
            throw Refused($"path '{shown}' leaves the endpoint's root: '..' is not allowed", propertyKey);
        }

        return segments.Where(s => s != ".").ToArray();
    }

    private static ConnectorException Refused(string message, string? propertyKey) =>
        new(ConnectorErrorKind.Configuration, message, propertyKeys: propertyKey is null ? null : [propertyKey]);
}
