namespace Connectors.Sdk.Profiles;

/// <summary>
/// Base of every connection profile: a trading partner or endpoint as onboarded in the operations
/// store. A profile's name is its file name (or its key in another store), never a field, so the two
/// cannot disagree. Derived records carry <see cref="ProfileTypeAttribute"/>.
/// </summary>
public abstract record ConnectionProfile
{
    [Properties.Property("Description", "What this profile is for: the partner, the contact, the agreement.")]
    public string? Description { get; init; }
}
