namespace Connectors.Mft.Tasks;

/// <summary>Where a transfer stands, stored as the step's inputs while it runs: the file and byte reached.</summary>
public sealed record TransferPosition(string? File, long Offset);
