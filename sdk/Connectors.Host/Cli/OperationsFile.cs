using Connectors.Sdk.Errors;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Connectors.Host.Cli;

/// <summary>Reads the small JSON files of the operations folder (listeners, tasks) with findings that name the file.</summary>
internal static class OperationsFile
{
    public static JObject Read(string path)
    {
        var source = Path.GetFileName(path);
        try
        {
            return JObject.Parse(File.ReadAllText(path), new JsonLoadSettings { DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error });
        }
        catch (JsonReaderException e)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"{source}: not a valid JSON object at line {e.LineNumber}, position {e.LinePosition}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"{source}: cannot be read ({e.Message})", e);
        }
    }

    public static string RequiredString(JObject document, string field, string source) =>
        document[field] is JValue { Type: JTokenType.String } value && !string.IsNullOrWhiteSpace((string?)value)
            ? (string)value!
            : throw new ConnectorException(ConnectorErrorKind.Configuration, $"{source}: /{field} is required and must be a string", propertyKeys: [$"/{field}"]);

    public static JObject OptionalObject(JObject document, string field, string source) => document[field] switch
    {
        null or { Type: JTokenType.Null } => [],
        JObject value => value,
        _ => throw new ConnectorException(ConnectorErrorKind.Configuration, $"{source}: /{field} must be an object", propertyKeys: [$"/{field}"]),
    };

    /// <summary>Fields the file may not carry: a typo in a field name should not be silently ignored.</summary>
    public static void RefuseUnknownFields(JObject document, string source, params string[] known)
    {
        var unknown = document.Properties().Select(p => p.Name).Where(name => !known.Contains(name, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"{source}: {string.Join(", ", unknown.Select(n => "/" + n))} {(unknown.Count == 1 ? "is not a known field" : "are not known fields")}; known: {string.Join(", ", known)}");
        }
    }
}
