using System.Collections.Concurrent;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Json;
using Connectors.Sdk.Hosting.Schemas;
using Connectors.Sdk.Profiles;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Connectors.Sdk.Hosting.Running;

/// <summary>Validates JSON against a record type's schema, then binds it to the record.</summary>
public static class PropertiesBinder
{
    private static readonly ConcurrentDictionary<Type, JsonSchema> Schemas = new();

    /// <summary>The findings of <paramref name="json"/> against the schema of <paramref name="type"/>.</summary>
    public static IReadOnlyList<Finding> Check(Type type, JObject json, string source) =>
        SchemaValidator.Validate(Schemas.GetOrAdd(type, ConnectorSchemaGenerator.ForProperties), json, source);

    /// <summary>Binds <paramref name="json"/> to <paramref name="type"/>, or throws a configuration error listing every finding.</summary>
    public static object Bind(Type type, JObject json, string source)
    {
        var findings = Check(type, json, source);
        if (findings.Count > 0)
        {
            throw Refusal(source, findings);
        }

        try
        {
            return ConnectorJson.ToObject(json, type);
        }
        catch (JsonException e)
        {
            // The schema passed, so this is a value the schema cannot express (a malformed date, say).
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"{source}: {e.Message}", e);
        }
    }

    public static T Bind<T>(JObject json, string source)
        where T : class => (T)Bind(typeof(T), json, source);

    internal static ConnectorException Refusal(string source, IReadOnlyList<Finding> findings) =>
        new(
            ConnectorErrorKind.Configuration,
            $"{source} is invalid:{Environment.NewLine}" + string.Join(Environment.NewLine, findings.Select(f => $"  {f.Pointer} [{f.Rule}] {f.Message}")),
            propertyKeys: findings.Select(f => f.Pointer).ToList());
}
