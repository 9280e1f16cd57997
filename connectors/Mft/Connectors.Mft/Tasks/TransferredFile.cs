namespace Connectors.Mft.Tasks;

/// <summary>A file verified and in place at the destination.</summary>
/// <param name="Name">Its name in the work folder.</param>
/// <param name="DestinationPath">Its final path at the destination endpoint.</param>
/// <param name="Size">Bytes written.</param>
/// <param name="Checksum">The checksum the destination confirmed (<c>sha256:…</c>), when it offers one.</param>
public sealed record TransferredFile(string Name, string DestinationPath, long Size, string? Checksum);
