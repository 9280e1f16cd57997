namespace Connectors.Mft.Endpoints.Curl;

/// <summary>A path on the server: absolute, or relative to the login folder, as a list of plain names.</summary>
internal sealed record RemotePath(bool Absolute, IReadOnlyList<string> Segments)
{
    /// <summary>The path as a server command takes it: <c>/a/b</c>, <c>a/b</c>, <c>/</c> or <c>.</c>.</summary>
    public string Text => Segments.Count == 0
        ? (Absolute ? "/" : ".")
        : (Absolute ? "/" : string.Empty) + string.Join('/', Segments);

    public override string ToString() => Text;
}
