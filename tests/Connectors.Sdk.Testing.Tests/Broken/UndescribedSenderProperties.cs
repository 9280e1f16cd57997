using Connectors.Sdk.Properties;

namespace Connectors.Sdk.Testing.Tests.Broken;

/// <summary>Deliberately wrong: <see cref="Priority"/> has no title and no description for a designer to show.</summary>
[ConnectorProperties("Undescribed sender", "Properties with one property left undescribed.")]
public sealed record UndescribedSenderProperties
{
    [Property("Connection", "Name of the profile of the partner to send to.")]
    public string ConnectionName { get; init; } = string.Empty;

    public int Priority { get; init; }
}
