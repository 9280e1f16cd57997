namespace Connectors.Sdk.Properties;

/// <summary>
/// Marks a property whose value must never be printed, logged or returned. The schema marks it
/// <c>writeOnly</c> with <c>x-secret: true</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false)]
public sealed class SecretAttribute : Attribute;
