namespace Connectors.Sdk.Properties;

/// <summary>Title and description of a whole properties or profile record (the schema's root).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class ConnectorPropertiesAttribute(string title, string description) : Attribute
{
    public string Title { get; } = title;

    public string Description { get; } = description;
}
