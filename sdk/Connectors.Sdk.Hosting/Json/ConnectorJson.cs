using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace Connectors.Sdk.Hosting.Json;

/// <summary>
/// The one JSON convention of the pack: camelCase names, enums as their names, secrets as strings.
/// Profiles, properties, task definitions and schemas all use it, so a schema always describes
/// exactly what the deserializer accepts.
/// </summary>
public static class ConnectorJson
{
    public static JsonSerializerSettings Settings { get; } = CreateSettings();

    public static JsonSerializer Serializer { get; } = JsonSerializer.Create(Settings);

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    public static T Deserialize<T>(string json) =>
        JsonConvert.DeserializeObject<T>(json, Settings)
        ?? throw new JsonSerializationException($"the JSON is empty where a {typeof(T).Name} was expected");

    public static object ToObject(JToken token, Type type) =>
        token.ToObject(type, Serializer) ?? throw new JsonSerializationException($"the JSON is empty where a {type.Name} was expected");

    private static JsonSerializerSettings CreateSettings()
    {
        var settings = new JsonSerializerSettings
        {
            ContractResolver = new CamelCasePropertyNamesContractResolver(),
            NullValueHandling = NullValueHandling.Ignore,
            DateParseHandling = DateParseHandling.DateTimeOffset,
            Formatting = Formatting.Indented,
        };
        settings.Converters.Add(new StringEnumConverter { AllowIntegerValues = false });
        settings.Converters.Add(new SecretValueJsonConverter());
        return settings;
    }
}
