namespace Connectors.Sdk.Properties;

/// <summary>
/// Title and description of a connector or profile property. The JSON Schema a designer renders is
/// generated from this, so every public property of a properties record carries one.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class PropertyAttribute(string title, string description) : Attribute
{
    public string Title { get; } = title;

    public string Description { get; } = description;

    /// <summary>Example value shown by a designer as a placeholder.</summary>
    public string? Example { get; init; }
}
