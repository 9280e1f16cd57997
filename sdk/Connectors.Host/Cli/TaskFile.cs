using Connectors.Sdk.Errors;
using Connectors.Sdk.Hosting.Operations;
using Newtonsoft.Json.Linq;

namespace Connectors.Host.Cli;

/// <summary>A file of the operations folder's <c>tasks/</c>: <c>{ "connector": "&lt;task id&gt;", "definition": { ... } }</c>.</summary>
internal sealed record TaskFile(string Name, string Connector, JObject Definition)
{
    public static TaskFile Load(HostSettings settings, string name)
    {
        var path = Path.Combine(settings.TasksFolder, name + ".json");
        if (!ProfileName.IsValid(name) || !File.Exists(path))
        {
            var known = Directory.Exists(settings.TasksFolder)
                ? string.Join(", ", Directory.EnumerateFiles(settings.TasksFolder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal))
                : string.Empty;
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"no task is named '{name}' in {settings.TasksFolder}; known tasks: {(known.Length == 0 ? "none" : known)}");
        }

        var source = Path.GetFileName(path);
        var document = OperationsFile.Read(path);
        OperationsFile.RefuseUnknownFields(document, source, "connector", "definition", "description");
        return new TaskFile(
            name,
            OperationsFile.RequiredString(document, "connector", source),
            OperationsFile.OptionalObject(document, "definition", source));
    }
}
