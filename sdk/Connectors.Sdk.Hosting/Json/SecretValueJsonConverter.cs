using Connectors.Sdk.Secrets;
using Newtonsoft.Json;

namespace Connectors.Sdk.Hosting.Json;

/// <summary>
/// Reads a secret from its JSON string (literal or reference) and writes it back as written, so a
/// profile can be saved unchanged. Anything meant for display must go through
/// <see cref="SecretValue.ToString"/> or <see cref="Redaction"/> instead.
/// </summary>
internal sealed class SecretValueJsonConverter : JsonConverter<SecretValue>
{
    public override SecretValue? ReadJson(JsonReader reader, Type objectType, SecretValue? existingValue, bool hasExistingValue, JsonSerializer serializer)
    {
        return reader.TokenType switch
        {
            JsonToken.Null => null,
            JsonToken.String => SecretValue.From((string)reader.Value!),
            _ => throw new JsonSerializationException($"a secret must be a string (a value, env:NAME or file:PATH), not {reader.TokenType}"),
        };
    }

    public override void WriteJson(JsonWriter writer, SecretValue? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.WriteValue(value.Specification);
        }
    }
}
