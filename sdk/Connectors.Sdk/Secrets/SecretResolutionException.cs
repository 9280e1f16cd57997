namespace Connectors.Sdk.Secrets;

/// <summary>A secret reference that could not be resolved. Names the reference, never a value.</summary>
public sealed class SecretResolutionException : Exception
{
    public SecretResolutionException()
    {
    }

    public SecretResolutionException(string message)
        : base(message)
    {
    }

    public SecretResolutionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SecretResolutionException(string problem, string reference)
        : base($"secret reference '{reference}' cannot be resolved: {problem}")
    {
        Reference = reference;
    }

    /// <summary>The reference as written, e.g. <c>env:PARTNER_PASSWORD</c>.</summary>
    public string? Reference { get; }
}
