using System.Globalization;
using Connectors.Sdk.Events;
using Connectors.Sdk.Hosting.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Connectors.Sdk.Hosting.Events;

/// <summary>A <see cref="ConnectorEvent"/> as a CloudEvents 1.0 event in structured mode: the whole event as one JSON object.</summary>
public static class CloudEventFormat
{
    public const string MediaType = "application/cloudevents+json";

    public const string SpecVersion = "1.0";

    public static JObject ToJson(ConnectorEvent connectorEvent, string source)
    {
        ArgumentNullException.ThrowIfNull(connectorEvent);
        return new JObject
        {
            ["specversion"] = SpecVersion,
            ["id"] = connectorEvent.Id,
            ["source"] = source,
            ["type"] = connectorEvent.Type,
            ["subject"] = connectorEvent.Subject,

            // RFC 3339 in UTC with a fixed precision, so every receiver's parser reads it the same way.
            ["time"] = connectorEvent.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["datacontenttype"] = "application/json",
            ["data"] = JObject.FromObject(connectorEvent.Data, ConnectorJson.Serializer),
        };
    }

    public static string Serialize(ConnectorEvent connectorEvent, string source) =>
        ToJson(connectorEvent, source).ToString(Formatting.None);
}
