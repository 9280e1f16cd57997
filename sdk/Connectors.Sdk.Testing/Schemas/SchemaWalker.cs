using Newtonsoft.Json.Linq;

namespace Connectors.Sdk.Conformance;

/// <summary>
/// Walks a generated JSON Schema as a designer reads it: through <c>$ref</c> into definitions, through
/// <c>oneOf</c>, <c>anyOf</c> and <c>allOf</c>, into array items and dictionary values.
/// </summary>
internal static class SchemaWalker
{
    private static readonly string[] Combinators = ["oneOf", "anyOf", "allOf"];

    /// <summary>Every property at every level: its JSON pointer (<c>*</c> for any item) and its own schema.</summary>
    public static IEnumerable<(string Pointer, JObject Property)> Properties(JObject root)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        return Walk(root, root, string.Empty, visited);
    }

    /// <summary>The schema of the property at <paramref name="path"/> of a document; null when the schema has none.</summary>
    public static JObject? PropertyAt(JObject root, IReadOnlyList<string> path)
    {
        JObject? current = root;
        foreach (var segment in path)
        {
            current = Expand(root, current!, []).Select(s => ChildOf(s, segment)).FirstOrDefault(child => child is not null);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private static IEnumerable<(string Pointer, JObject Property)> Walk(JObject root, JObject schema, string pointer, HashSet<string> visited)
    {
        foreach (var part in Expand(root, schema, visited))
        {
            if (part["properties"] is JObject properties)
            {
                foreach (var (name, value) in properties)
                {
                    if (value is not JObject property)
                    {
                        continue;
                    }

                    var at = pointer + "/" + name;
                    yield return (at, property);
                    foreach (var nested in Walk(root, property, at, visited))
                    {
                        yield return nested;
                    }
                }
            }

            foreach (var key in new[] { "items", "additionalProperties" })
            {
                if (part[key] is JObject element)
                {
                    foreach (var nested in Walk(root, element, pointer + "/*", visited))
                    {
                        yield return nested;
                    }
                }
            }
        }
    }

    /// <summary>The schema itself and every schema it refers to or combines, each definition once.</summary>
    private static IEnumerable<JObject> Expand(JObject root, JObject schema, HashSet<string> visited)
    {
        yield return schema;
        if (schema["$ref"] is JValue { Value: string reference } && visited.Add(reference) && Resolve(root, reference) is { } target)
        {
            foreach (var part in Expand(root, target, visited))
            {
                yield return part;
            }
        }

        foreach (var combinator in Combinators)
        {
            if (schema[combinator] is JArray options)
            {
                foreach (var option in options.OfType<JObject>())
                {
                    foreach (var part in Expand(root, option, visited))
                    {
                        yield return part;
                    }
                }
            }
        }
    }

    private static JObject? ChildOf(JObject schema, string segment) =>
        schema["properties"]?[segment] as JObject
        ?? (int.TryParse(segment, out _) ? schema["items"] as JObject : null)
        ?? schema["additionalProperties"] as JObject;

    /// <summary>Follows a local reference such as <c>#/definitions/NetworkSettings</c>.</summary>
    private static JObject? Resolve(JObject root, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        JToken? node = root;
        foreach (var segment in reference[2..].Split('/'))
        {
            node = node?[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)];
        }

        return node as JObject;
    }
}
