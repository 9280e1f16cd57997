namespace Connectors.Sdk.Profiles;

/// <summary>
/// A profile with checks a schema cannot express (a certificate that expires soon, a key too short).
/// The operations store runs them on load; error findings refuse the profile, warnings are reported.
/// </summary>
public interface ISelfCheckingProfile
{
    IEnumerable<Finding> Check(string source);
}
