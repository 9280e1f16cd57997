using System.Collections;
using System.Reflection;
using Connectors.Sdk.Hosting.Catalog;
using Connectors.Sdk.Hosting.Json;
using Connectors.Sdk.Hosting.Schemas;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Secrets;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Connectors.Sdk.Hosting.Operations;

/// <summary>
/// Reads one profile document: parses it, picks its record type by <c>type</c>, validates it against
/// that type's schema, binds it, and checks that its secret references resolve. Every problem becomes a
/// finding with the source and JSON pointer; no finding ever carries a value.
/// </summary>
public sealed class ProfileLoader
{
    private readonly IReadOnlyDictionary<string, Type> _types;
    private readonly Dictionary<Type, JsonSchema> _schemas;

    public ProfileLoader(IEnumerable<ProfileTypeRegistration> types)
    {
        _types = types.GroupBy(t => t.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);
        _schemas = _types.Values.Distinct().ToDictionary(t => t, ConnectorSchemaGenerator.ForProfile);
    }

    /// <summary>Known profile type ids.</summary>
    public IReadOnlyCollection<string> TypeIds => _types.Keys.ToList();

    /// <summary>Loads <paramref name="json"/> as the profile <paramref name="name"/> read from <paramref name="source"/>.</summary>
    public (ProfileEntry? Entry, IReadOnlyList<Finding> Findings) Load(string name, string json, string source)
    {
        if (!ProfileName.IsValid(name))
        {
            return Refuse(source, string.Empty, "name", $"'{name}' is not a valid profile name: {ProfileName.Rule}");
        }

        JObject document;
        try
        {
            document = JObject.Parse(json, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        }
        catch (JsonReaderException e)
        {
            return Refuse(source, string.Empty, "json", $"not valid JSON at line {e.LineNumber}, position {e.LinePosition}");
        }

        if (document["type"] is not JValue { Type: JTokenType.String } typeToken)
        {
            return Refuse(source, "/type", "required", $"/type is required: one of {string.Join(", ", _types.Keys)}");
        }

        var typeId = (string)typeToken!;
        if (!_types.TryGetValue(typeId, out var type))
        {
            return Refuse(source, "/type", "enum", $"/type '{typeId}' is not a known profile type: one of {string.Join(", ", _types.Keys)}");
        }

        var findings = SchemaValidator.Validate(_schemas[type], document, source);
        if (findings.Count > 0)
        {
            return (null, findings);
        }

        var body = (JObject)document.DeepClone();
        body.Remove("type");
        ConnectionProfile profile;
        try
        {
            profile = (ConnectionProfile)ConnectorJson.ToObject(body, type);
        }
        catch (JsonException e)
        {
            return Refuse(source, ToPointer(e), "type", "a value cannot be read as its declared type");
        }

        var secretFindings = UnresolvableSecrets(profile, source).ToList();
        var selfFindings = profile is ISelfCheckingProfile checking ? checking.Check(source).ToList() : [];
        var all = secretFindings.Concat(selfFindings).ToList();
        if (all.Any(f => f.Severity == FindingSeverity.Error))
        {
            return (null, all);
        }

        return (new ProfileEntry(name, typeId, profile, source), all);
    }

    private static (ProfileEntry?, IReadOnlyList<Finding>) Refuse(string source, string pointer, string rule, string message) =>
        (null, [new Finding(source, pointer, rule, message)]);

    private static string ToPointer(JsonException e) =>
        e is JsonSerializationException { Path: { } path } ? SchemaValidator.ToJsonPointer("#/" + path) : string.Empty;

    /// <summary>Walks the bound profile for secrets whose reference does not resolve now.</summary>
    private static IEnumerable<Finding> UnresolvableSecrets(object node, string source, string pointer = "")
    {
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var value = property.GetValue(node);
            var at = pointer + "/" + char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            switch (value)
            {
                case SecretValue secret when secret.ProblemResolving() is { } problem:
                    yield return new Finding(source, at, "secret-reference", problem);
                    break;
                case null or string or SecretValue or ValueType:
                    break;
                case IEnumerable items:
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is not null && item is not string && !item.GetType().IsValueType)
                        {
                            foreach (var finding in UnresolvableSecrets(item, source, $"{at}/{index}"))
                            {
                                yield return finding;
                            }
                        }

                        index++;
                    }

                    break;
                default:
                    foreach (var finding in UnresolvableSecrets(value, source, at))
                    {
                        yield return finding;
                    }

                    break;
            }
        }
    }
}
