namespace Connectors.Mft.Endpoints;

/// <summary>A file an endpoint lists: its path relative to the endpoint's root, its name, size and time.</summary>
public sealed record RemoteFile(string Path, string Name, long Size, DateTimeOffset? Modified);
