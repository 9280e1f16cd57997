using Connectors.Host.Cli;
using Newtonsoft.Json.Linq;

namespace Connectors.Host.Serving;

/// <summary>
/// A file of the operations folder's <c>listeners/</c>: which receiver to run, with which properties,
/// delivering into which folder (relative to the operations folder's parent, or absolute).
/// </summary>
internal sealed record ListenerFile(string Source, string Connector, JObject Properties, string DeliverTo)
{
    public static ListenerFile Load(string path, HostSettings settings)
    {
        var source = Path.GetFileName(path);
        var document = OperationsFile.Read(path);
        OperationsFile.RefuseUnknownFields(document, source, "connector", "properties", "deliverTo", "description");
        var deliverTo = OperationsFile.RequiredString(document, "deliverTo", source);
        return new ListenerFile(
            source,
            OperationsFile.RequiredString(document, "connector", source),
            OperationsFile.OptionalObject(document, "properties", source),
            Path.GetFullPath(deliverTo, settings.OperationsParent));
    }
}
