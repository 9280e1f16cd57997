using System.CommandLine;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Schemas;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace Connectors.Host.Cli;

/// <summary>
/// A connector's properties from the command line: a JSON file, overridden key by key with
/// <c>--property key=value</c>. A value is typed by the connector's schema, so <c>port=3305</c> is a
/// number and <c>password=1234</c> stays a string.
/// </summary>
internal sealed class PropertyArguments
{
    public Option<string[]> Pairs { get; } = new("--property", "-p")
    {
        Description = "A property as key=value; repeat for more. Nested keys take dots: network.maxAttempts=5.",
        HelpName = "key=value",
        Arity = ArgumentArity.ZeroOrMore,
        DefaultValueFactory = _ => [],
    };

    public Option<FileInfo> File { get; } = new Option<FileInfo>("--properties")
    {
        Description = "JSON file with the connector's properties; --property values override it.",
        HelpName = "file",
    }.AcceptExistingOnly();

    public void AddTo(Command command)
    {
        command.Options.Add(Pairs);
        command.Options.Add(File);
    }

    public JObject Read(CommandContext context, Type propertiesType) =>
        Build(propertiesType, context.Parse.GetValue(File), context.Parse.GetValue(Pairs) ?? []);

    public static JObject Build(Type propertiesType, FileInfo? file, IReadOnlyList<string> pairs)
    {
        var properties = file is null ? [] : ReadFile(file);
        var schema = pairs.Count == 0 ? null : ConnectorSchemaGenerator.ForProperties(propertiesType);
        foreach (var pair in pairs)
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                // The text is not repeated: without its key it could be a password.
                throw new UsageException("every --property must be key=value with a non-empty key");
            }

            var path = pair[..separator].Split('.');
            if (path.Any(string.IsNullOrWhiteSpace))
            {
                throw new UsageException($"--property '{pair[..separator]}' has an empty key segment");
            }

            Set(properties, path, pair[(separator + 1)..], schema?.ActualSchema);
        }

        return properties;
    }

    private static JObject ReadFile(FileInfo file)
    {
        try
        {
            using var reader = new JsonTextReader(file.OpenText());
            return JObject.Load(reader, new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        }
        catch (JsonReaderException e)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"{file.Name} is not a JSON object (line {e.LineNumber}, position {e.LinePosition})", e);
        }
    }

    private static void Set(JObject target, string[] path, string text, JsonSchema? schema)
    {
        for (var i = 0; i < path.Length - 1; i++)
        {
            schema = Child(schema, path[i]);
            if (target[path[i]] is not JObject child)
            {
                child = [];
                target[path[i]] = child;
            }

            target = child;
        }

        target[path[^1]] = Value(text, Child(schema, path[^1]));
    }

    private static JsonSchema? Child(JsonSchema? schema, string name) =>
        schema?.ActualProperties.TryGetValue(name, out var property) == true ? property.ActualTypeSchema : null;

    // Strings stay strings; anything else is read as JSON where it parses, and otherwise left as text
    // for the schema validation to report by its pointer.
    private static JToken Value(string text, JsonSchema? schema)
    {
        if (schema is not null && (schema.Type.HasFlag(JsonObjectType.String) || (schema.Type == JsonObjectType.None && schema.Enumeration.Count > 0)))
        {
            return new JValue(text);
        }

        try
        {
            return JToken.Parse(text);
        }
        catch (JsonReaderException)
        {
            return new JValue(text);
        }
    }
}
