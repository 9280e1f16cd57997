namespace Connectors.Sdk.Secrets;

/// <summary>
/// A secret as written in a profile or a property: a literal, or a reference (<c>env:NAME</c>,
/// <c>file:PATH</c>) that is resolved only when the secret is used. Its text form is always
/// redacted, so a secret that slips into a log line, an exception or an API answer shows as
/// <see cref="Redacted"/>.
/// </summary>
public sealed class SecretValue : IEquatable<SecretValue>
{
    /// <summary>What every text form of a secret shows instead of its value.</summary>
    public const string Redacted = "***";

    private const string EnvironmentPrefix = "env:";
    private const string FilePrefix = "file:";

    private readonly string _specification;

    private SecretValue(string specification) => _specification = specification;

    /// <summary>Wraps what a profile or property says: a literal or a reference.</summary>
    public static SecretValue From(string specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        return new SecretValue(specification);
    }

    /// <summary>Wraps a literal that must not be read as a reference even if it looks like one.</summary>
    public static SecretValue Literal(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new SecretValue("literal:" + value);
    }

    /// <summary>How the secret is given, without its value: <c>literal</c>, <c>env:NAME</c> or <c>file:PATH</c>.</summary>
    public string Source => _specification switch
    {
        _ when _specification.StartsWith(EnvironmentPrefix, StringComparison.Ordinal) => _specification,
        _ when _specification.StartsWith(FilePrefix, StringComparison.Ordinal) => _specification,
        _ => "literal",
    };

    /// <summary>True when the value comes from the environment or a file rather than the text itself.</summary>
    public bool IsReference => Source != "literal";

    /// <summary>
    /// The specification exactly as written, for storing it back into a profile. Never show it:
    /// for a literal secret it is the secret.
    /// </summary>
    public string Specification => _specification;

    /// <summary>
    /// Resolves the secret now. A reference that cannot be resolved throws
    /// <see cref="SecretResolutionException"/>, which names the reference but never a value.
    /// </summary>
    public string Reveal()
    {
        if (_specification.StartsWith(EnvironmentPrefix, StringComparison.Ordinal))
        {
            var name = _specification[EnvironmentPrefix.Length..];
            return Environment.GetEnvironmentVariable(name)
                ?? throw new SecretResolutionException($"environment variable '{name}' is not set", _specification);
        }

        if (_specification.StartsWith(FilePrefix, StringComparison.Ordinal))
        {
            var path = _specification[FilePrefix.Length..];
            try
            {
                // A trailing newline is how editors and `echo` end files; it is never part of a secret.
                return File.ReadAllText(path).TrimEnd('\r', '\n');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new SecretResolutionException($"file '{path}' cannot be read ({e.GetType().Name})", _specification);
            }
        }

        return _specification.StartsWith("literal:", StringComparison.Ordinal)
            ? _specification["literal:".Length..]
            : _specification;
    }

    /// <summary>Checks a reference without returning its value; null when it resolves.</summary>
    public string? ProblemResolving()
    {
        try
        {
            _ = Reveal();
            return null;
        }
        catch (SecretResolutionException e)
        {
            return e.Message;
        }
    }

    public override string ToString() => Redacted;

    public bool Equals(SecretValue? other) => other is not null && other._specification == _specification;

    public override bool Equals(object? obj) => Equals(obj as SecretValue);

    public override int GetHashCode() => _specification.GetHashCode(StringComparison.Ordinal);
}
