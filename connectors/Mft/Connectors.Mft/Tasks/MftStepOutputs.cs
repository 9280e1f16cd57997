using Connectors.Mft.Endpoints;

namespace Connectors.Mft.Tasks;

/// <summary>What a step hands on, stored as its checkpoint's outputs; each step fills what it produces.</summary>
public sealed record MftStepOutputs
{
    /// <summary>The file set taken from the source.</summary>
    public IReadOnlyList<RemoteFile>? SourceFiles { get; init; }

    /// <summary>The files in the work folder after this step.</summary>
    public IReadOnlyList<WorkFile>? WorkFiles { get; init; }

    /// <summary>Files in place at the destination.</summary>
    public IReadOnlyList<TransferredFile>? Transferred { get; init; }

    /// <summary>Source files removed after the transfer.</summary>
    public IReadOnlyList<string>? Removed { get; init; }
}
