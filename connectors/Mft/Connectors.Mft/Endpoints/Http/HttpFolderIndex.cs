using System.Globalization;
using System.Text.Json;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Endpoints.Http;

/// <summary>
/// The listing convention of HTTP endpoints, since HTTP itself has no way to list a folder.
/// <c>GET &lt;folder&gt;/</c> (the folder's URL with a trailing slash, <c>Accept: application/json</c>)
/// answers a JSON array with one object per entry:
/// <code>[{"name":"INV_0001.xml","size":5120,"modified":"2026-11-23T10:15:00Z"}, {"name":"archive/"}]</code>
/// <c>name</c> is the bare name (required); <c>size</c> the length in bytes (required for files);
/// <c>modified</c> an ISO 8601 time (optional). A name ending with '/' is a sub-folder and is not listed
/// as a file. Unknown members are ignored, so a server may add its own.
/// </summary>
internal static class HttpFolderIndex
{
    public static async Task<IReadOnlyList<RemoteFile>> ReadAsync(Stream json, string folder, FileFilter filter, string source, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(json, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw NotAnIndex(source, "it is not JSON", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw NotAnIndex(source, "it is not a JSON array", null);
            }

            var files = new List<RemoteFile>();
            foreach (var entry in document.RootElement.EnumerateArray())
            {
                if (ReadFile(entry, folder, source) is { } file && filter.Matches(file.Name))
                {
                    files.Add(file);
                }
            }

            return files;
        }
    }

    private static RemoteFile? ReadFile(JsonElement entry, string folder, string source)
    {
        if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("name", out var nameElement) || nameElement.ValueKind != JsonValueKind.String)
        {
            throw NotAnIndex(source, "an entry has no \"name\"", null);
        }

        var name = nameElement.GetString()!;
        if (name.Length == 0 || name.EndsWith('/') || name is "." or "..")
        {
            return null;
        }

        if (name.Contains('/', StringComparison.Ordinal))
        {
            throw NotAnIndex(source, $"entry '{name}' is not a bare name", null);
        }

        if (!entry.TryGetProperty("size", out var sizeElement) || !sizeElement.TryGetInt64(out var size) || size < 0)
        {
            throw NotAnIndex(source, $"entry '{name}' has no valid \"size\"", null);
        }

        return new RemoteFile(HttpUrlMap.Join(folder, name), name, size, ReadModified(entry));
    }

    private static DateTimeOffset? ReadModified(JsonElement entry) =>
        entry.TryGetProperty("modified", out var modified)
        && modified.ValueKind == JsonValueKind.String
        && DateTimeOffset.TryParse(modified.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : null;

    private static ConnectorException NotAnIndex(string source, string why, Exception? inner) => new(
        ConnectorErrorKind.ProtocolViolation,
        $"{source} is not a folder index ({why}); the server must answer GET <folder>/ with [{{\"name\":..,\"size\":..,\"modified\":..}}]",
        inner);
}
