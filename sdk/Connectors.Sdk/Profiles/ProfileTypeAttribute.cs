namespace Connectors.Sdk.Profiles;

/// <summary>
/// The value of a profile file's <c>type</c> field that selects this record type, e.g. <c>oftp2</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ProfileTypeAttribute(string id) : Attribute
{
    public string Id { get; } = id;
}
