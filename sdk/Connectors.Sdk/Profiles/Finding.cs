namespace Connectors.Sdk.Profiles;

/// <summary>
/// One problem found in a profile, properties or definition. Names where (source and JSON pointer)
/// and which rule, never the value, so a finding about a secret does not leak it.
/// </summary>
/// <param name="Source">The file or object checked, e.g. <c>profiles/partner-a.json</c>.</param>
/// <param name="Pointer">JSON pointer to the offending value, e.g. <c>/network/maxAttempts</c>; empty for the whole document.</param>
/// <param name="Rule">The rule broken, e.g. <c>required</c>, <c>type</c>, <c>additionalProperties</c>, <c>secret-reference</c>.</param>
/// <param name="Message">What is wrong and what to do.</param>
/// <param name="Severity">Errors refuse the profile; warnings (a certificate expiring soon) do not.</param>
public sealed record Finding(string Source, string Pointer, string Rule, string Message, FindingSeverity Severity = FindingSeverity.Error)
{
    public override string ToString() => $"{Source}#{Pointer} [{Rule}] {Message}";
}

public enum FindingSeverity
{
    Error,
    Warning,
}
