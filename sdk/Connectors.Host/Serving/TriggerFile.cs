using Connectors.Host.Cli;
using Connectors.Sdk.Errors;
using Newtonsoft.Json.Linq;

namespace Connectors.Host.Serving;

/// <summary>
/// A file of the operations folder's <c>triggers/</c>: which task <c>serve</c> starts when files matching
/// <see cref="Filter"/> appear in <see cref="Path"/> of the endpoint profile <see cref="Endpoint"/>.
/// </summary>
internal sealed record TriggerFile(string Source, string Task, string Endpoint, string Path, string Filter, TimeSpan Poll)
{
    public const string Folder = "triggers";

    private const int DefaultPollSeconds = 10;

    public static string FolderOf(HostSettings settings) => System.IO.Path.Combine(settings.OperationsFolder, Folder);

    public static TriggerFile Load(string path)
    {
        var source = System.IO.Path.GetFileName(path);
        var document = OperationsFile.Read(path);
        OperationsFile.RefuseUnknownFields(document, source, "task", "endpoint", "path", "filter", "pollSeconds", "description");
        var poll = document["pollSeconds"] switch
        {
            null or { Type: JTokenType.Null } => DefaultPollSeconds,
            JValue { Type: JTokenType.Integer } value when (long)value! is >= 1 and <= 86_400 => (int)(long)value!,
            _ => throw new ConnectorException(ConnectorErrorKind.Configuration, $"{source}: /pollSeconds must be a whole number of seconds from 1 to 86400", propertyKeys: ["/pollSeconds"]),
        };
        return new TriggerFile(
            source,
            OperationsFile.RequiredString(document, "task", source),
            OperationsFile.RequiredString(document, "endpoint", source),
            OptionalString(document, "path", source) ?? string.Empty,
            OptionalString(document, "filter", source) ?? "*",
            TimeSpan.FromSeconds(poll));
    }

    private static string? OptionalString(JObject document, string field, string source) => document[field] switch
    {
        null or { Type: JTokenType.Null } => null,
        JValue { Type: JTokenType.String } value => (string?)value,
        _ => throw new ConnectorException(ConnectorErrorKind.Configuration, $"{source}: /{field} must be a string", propertyKeys: [$"/{field}"]),
    };
}
