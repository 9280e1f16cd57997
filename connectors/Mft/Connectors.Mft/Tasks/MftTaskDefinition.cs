using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Connectors.Sdk.Properties;

namespace Connectors.Mft.Tasks;

/// <summary>
/// A managed-file-transfer task: which files to take from where, how to pack them, and where to put
/// them. A run freezes it, so a restart does what the first attempt set out to do.
/// </summary>
[ConnectorProperties("MFT task", "Takes a file set from a source endpoint, optionally compresses and encrypts it, and transfers it to a destination endpoint; every step is persisted and a failed run resumes at the failed step.")]
public sealed record MftTaskDefinition
{
    [Property("Name", "The task's name as Department.JobName; it names the run in logs and the archive of a zipped set.", Example = "Finance.DailyInvoices")]
    [Required]
    [RegularExpression(MftTaskName.Pattern)]
    public string Name { get; init; } = string.Empty;

    [Property("Source", "Where the files come from.")]
    [Required]
    public MftSource Source { get; init; } = new();

    [Property("Compression", "None; Zip packs the whole set into one archive named after the task; Gzip compresses each file to <name>.gz.")]
    [DefaultValue(MftCompression.None)]
    public MftCompression Compression { get; init; } = MftCompression.None;

    [Property("Encryption", "OpenPGP encryption of each file (after compression), optionally signed.")]
    public MftEncryption Encryption { get; init; } = new();

    [Property("Destination", "Where the files go.")]
    [Required]
    public MftDestination Destination { get; init; } = new();

    [Property("Bandwidth limit", "Highest transfer rate in bytes per second, to spare a shared line; 0 for no limit.")]
    [DefaultValue(0L)]
    [Range(0L, 1_000_000_000_000L)]
    public long MaxBytesPerSecond { get; init; }
}
