namespace Connectors.Mft.Endpoints.Curl;

/// <summary>Builds the scheme, host and port part of a URL; credentials never go into a URL, which may be logged.</summary>
internal static class CurlUrl
{
    public static string Origin(string scheme, string host, int port) =>
        $"{scheme}://{(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host)}:{port}/";

    public static IEnumerable<string> Escaped(RemotePath path) => path.Segments.Select(Uri.EscapeDataString);
}
