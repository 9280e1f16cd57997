namespace Connectors.Mft.Tasks;

/// <summary>A file of the run's work folder, as staged, compressed or encrypted, on its way to the destination.</summary>
/// <param name="Name">The file's name, which the destination name is made from.</param>
/// <param name="LocalPath">Full path in the work folder.</param>
/// <param name="Size">Its size in bytes.</param>
public sealed record WorkFile(string Name, string LocalPath, long Size);
