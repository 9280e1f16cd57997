using System.Reflection;
using System.Text.RegularExpressions;
using Connectors.Sdk.Descriptors;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Properties;

namespace Connectors.Sdk.Conformance;

/// <summary>Checks that a connector's descriptor tells a designer and a host everything they need.</summary>
public static partial class DescriptorConformance
{
    private const int ShortestDescription = 20;

    /// <summary>
    /// Id lower-case and dash-separated, a display name, a semantic version, the kind and properties
    /// type it is registered with, a described properties record, a description of a sentence, and a
    /// registered profile type when it names one.
    /// </summary>
    public static async Task IsCompleteAsync(ConnectorConformanceAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var host = ConformanceHost.Start(adapter);
        await using (host.ConfigureAwait(false))
        {
            var descriptor = host.Descriptor;
            var problems = new List<string>();
            if (!IdPattern().IsMatch(descriptor.Id))
            {
                problems.Add($"the id '{descriptor.Id}' is not lower-case letters and digits in words joined by single dashes");
            }

            if (string.IsNullOrWhiteSpace(descriptor.DisplayName))
            {
                problems.Add("the display name is empty");
            }

            if (descriptor.Version is null || !SemanticVersion().IsMatch(descriptor.Version))
            {
                problems.Add($"the version '{descriptor.Version}' is not a semantic version (major.minor.patch)");
            }

            if (!Enum.IsDefined(descriptor.Kind) || descriptor.Kind != host.Registration.Kind)
            {
                problems.Add($"the kind is {descriptor.Kind} but it is registered as a {host.Registration.Kind}");
            }

            problems.AddRange(PropertiesTypeProblems(descriptor, host));
            if (descriptor.Description is null || descriptor.Description.Trim().Length < ShortestDescription)
            {
                problems.Add($"the description is empty or shorter than {ShortestDescription} characters; say in a sentence what the connector does");
            }

            problems.AddRange(ProfileTypeProblems(descriptor, host));
            ConformanceAssert.NoProblems(adapter.ConnectorId, "the descriptor is incomplete", problems);
        }
    }

    private static IEnumerable<string> PropertiesTypeProblems(ConnectorDescriptor descriptor, ConformanceHost host)
    {
        if (descriptor.PropertiesType is null)
        {
            yield return "the properties type is missing";
            yield break;
        }

        if (descriptor.PropertiesType != host.Registration.PropertiesType)
        {
            yield return $"the properties type {descriptor.PropertiesType.Name} is not the {host.Registration.PropertiesType.Name} it is registered with";
        }

        if (descriptor.PropertiesType.GetCustomAttribute<ConnectorPropertiesAttribute>() is null)
        {
            yield return $"the properties type {descriptor.PropertiesType.Name} has no [ConnectorProperties] title and description";
        }
    }

    private static IEnumerable<string> ProfileTypeProblems(ConnectorDescriptor descriptor, ConformanceHost host)
    {
        if (descriptor.ProfileType is not { } profileType)
        {
            yield break;
        }

        if (!typeof(ConnectionProfile).IsAssignableFrom(profileType))
        {
            yield return $"the profile type {profileType.Name} does not derive from ConnectionProfile";
        }

        var id = profileType.GetCustomAttribute<ProfileTypeAttribute>()?.Id;
        if (id is null)
        {
            yield return $"the profile type {profileType.Name} has no [ProfileType] id";
        }
        else if (!host.Catalog.ProfileTypes.TryGetValue(id, out var registered) || registered != profileType)
        {
            yield return $"the profile type {profileType.Name} ('{id}') is not registered, so the operations store cannot load its profiles";
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$")]
    private static partial Regex SemanticVersion();
}
