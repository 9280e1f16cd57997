namespace Connectors.Mft.Tasks;

public enum MftCompression
{
    None,

    /// <summary>One archive of the whole file set.</summary>
    Zip,

    /// <summary>Each file compressed on its own.</summary>
    Gzip,
}
