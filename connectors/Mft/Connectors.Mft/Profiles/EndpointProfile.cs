using Connectors.Sdk.Profiles;
using Connectors.Sdk.Properties;

namespace Connectors.Mft.Profiles;

/// <summary>
/// Base of every endpoint profile (local folder, FTP, FTPS, SFTP, S3, HTTP): a named place files come from
/// or go to. Paths in a task are relative to <see cref="Root"/> and can never leave it.
/// </summary>
public abstract record EndpointProfile : ConnectionProfile
{
    [Property("Root", "The folder (or key prefix, or URL path) every path of a task is relative to; a path can never leave it.")]
    public string Root { get; init; } = "/";
}
