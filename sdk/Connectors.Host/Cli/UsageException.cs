namespace Connectors.Host.Cli;

/// <summary>A command line that parsed but makes no sense (<c>--property</c> without '=', say): exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
