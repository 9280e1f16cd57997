namespace Connectors.Mft.Tasks;

/// <summary>CloudEvents types the task publishes, each with the run id as subject.</summary>
public static class MftEventTypes
{
    public const string Prefix = "com.connectorpack.mft.";

    public const string RunStarted = Prefix + "run.started";

    public const string StepCompleted = Prefix + "step.completed";

    public const string FileTransferred = Prefix + "file.transferred";

    public const string RunFailed = Prefix + "run.failed";

    public const string RunCompleted = Prefix + "run.completed";
}
