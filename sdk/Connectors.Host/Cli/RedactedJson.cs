using System.Reflection;
using Connectors.Sdk.Hosting.Json;
using Connectors.Sdk.Properties;
using Connectors.Sdk.Secrets;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace Connectors.Host.Cli;

/// <summary>
/// JSON for display: like <see cref="ConnectorJson"/>, except that every secret — a
/// <see cref="SecretValue"/> or a property marked <see cref="SecretAttribute"/> — shows as
/// <c>***</c>. A secret given as a reference shows the reference (<c>env:NAME</c>, <c>file:PATH</c>),
/// which says where the secret is kept without revealing it.
/// </summary>
internal static class RedactedJson
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new RedactingContractResolver(),
        NullValueHandling = NullValueHandling.Ignore,
        Formatting = Formatting.Indented,
        Converters = { new StringEnumConverter { AllowIntegerValues = false } },
    });

    public static JObject FromObject(object value) => JObject.FromObject(value, Serializer);

    public static string Show(SecretValue secret) => secret.IsReference ? secret.Source : SecretValue.Redacted;

    private sealed class RedactingContractResolver : CamelCasePropertyNamesContractResolver
    {
        protected override JsonProperty CreateProperty(MemberInfo member, MemberSerialization memberSerialization)
        {
            var property = base.CreateProperty(member, memberSerialization);
            if (member.GetCustomAttribute<SecretAttribute>() is not null || property.PropertyType == typeof(SecretValue))
            {
                property.Converter = RedactingConverter.Instance;
            }

            return property;
        }

        protected override JsonContract CreateContract(Type objectType)
        {
            var contract = base.CreateContract(objectType);

            // A secret inside a list or a dictionary carries no property attribute; its type gives it away.
            if (objectType == typeof(SecretValue))
            {
                contract.Converter = RedactingConverter.Instance;
            }

            return contract;
        }
    }

    private sealed class RedactingConverter : JsonConverter
    {
        public static readonly RedactingConverter Instance = new();

        public override bool CanRead => false;

        public override bool CanConvert(Type objectType) => true;

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
            throw new NotSupportedException("redacted JSON is for display only");

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            switch (value)
            {
                case null:
                    writer.WriteNull();
                    break;
                case SecretValue secret:
                    writer.WriteValue(Show(secret));
                    break;
                default:
                    writer.WriteValue(SecretValue.Redacted);
                    break;
            }
        }
    }
}
