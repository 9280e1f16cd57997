namespace Connectors.Sdk.Profiles;

/// <summary>A loaded profile with its name and where it came from.</summary>
/// <param name="Name">Name flows use to refer to it (the file name without <c>.json</c>).</param>
/// <param name="Type">Its <c>type</c>, e.g. <c>oftp2</c>.</param>
/// <param name="Profile">The validated profile record.</param>
/// <param name="Source">Where it was read from, e.g. a file path.</param>
public sealed record ProfileEntry(string Name, string Type, ConnectionProfile Profile, string Source);
