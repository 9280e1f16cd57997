namespace Connectors.Mft.Tasks;

/// <summary>Task names are <c>Department.JobName</c>, as schedulers that start MFT jobs name them.</summary>
public static class MftTaskName
{
    public const string Pattern = @"^[A-Za-z0-9_-]+\.[A-Za-z0-9_.-]+$";
}
