namespace Connectors.Mft.Tasks;

public enum MftEncryptionMode
{
    None,
    OpenPgp,
}
