namespace Connectors.Mft.Tasks;

public enum MftOverwrite
{
    Yes,
    Append,
    No,
}
