using Connectors.Sdk.Hosting.Json;
using Connectors.Sdk.Hosting.Schemas;
using Connectors.Sdk.Profiles;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Connectors.Sdk.Conformance;

/// <summary>
/// The schemas of a connector and the JSON documents of the adapter's properties and profiles, as a
/// designer and the operations store see them.
/// </summary>
internal static class ConformanceDocuments
{
    public const string ProfileName = "conformance-partner";

    /// <summary>The connector's schemas by what they describe: its properties, and its profile type when it has one.</summary>
    public static IReadOnlyList<(string Name, JsonSchema Schema)> Schemas(ConformanceHost host)
    {
        var descriptor = host.Descriptor;
        var schemas = new List<(string, JsonSchema)> { ("the properties schema", ConnectorSchemaGenerator.ForProperties(descriptor.PropertiesType)) };
        if (descriptor.ProfileType is { } profileType)
        {
            schemas.Add(("the profile schema", ConnectorSchemaGenerator.ForProfile(profileType)));
        }

        return schemas;
    }

    /// <summary>The documents to look at: the valid properties, and the profiles with right and wrong credentials.</summary>
    public static IReadOnlyList<(string Name, JObject Document, JsonSchema Schema)> Documents(ConnectorConformanceAdapter adapter, ConformanceHost host)
    {
        var descriptor = host.Descriptor;
        var documents = new List<(string, JObject, JsonSchema)>
        {
            ("the valid properties", ConformanceHost.ToJson(adapter.ValidProperties(ProfileName)), ConnectorSchemaGenerator.ForProperties(descriptor.PropertiesType)),
        };
        foreach (var (name, wrong) in new[] { ("the profile", false), ("the profile with wrong credentials", true) })
        {
            if (adapter.CreateProfile(PartnerProfileRequest.ForInspection(wrong)) is { } profile)
            {
                documents.Add((name, ProfileJson(profile), ConnectorSchemaGenerator.ForProfile(profile.GetType())));
            }
        }

        return documents;
    }

    /// <summary>A profile as its file in the operations folder would read, <c>type</c> included.</summary>
    public static JObject ProfileJson(ConnectionProfile profile)
    {
        var json = JObject.FromObject(profile, ConnectorJson.Serializer);
        json["type"] = ConnectorSchemaGenerator.ProfileTypeId(profile.GetType());
        return json;
    }

    /// <summary>Every string value of <paramref name="document"/> with its path.</summary>
    public static IEnumerable<(IReadOnlyList<string> Path, string Value)> Strings(JObject document)
    {
        foreach (var value in document.DescendantsAndSelf().OfType<JValue>().Where(v => v.Type == JTokenType.String))
        {
            var path = value.AncestorsAndSelf()
                .Reverse()
                .Select(t => t switch
                {
                    JProperty property => property.Name,
                    _ when t.Parent is JArray array => array.IndexOf(t).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    _ => null,
                })
                .OfType<string>()
                .ToList();
            yield return (path, (string)value!);
        }
    }
}
