using System.Reflection;
using Connectors.Sdk.Hosting.Json;
using Connectors.Sdk.Profiles;
using Connectors.Sdk.Properties;
using Connectors.Sdk.Secrets;
using NJsonSchema;
using NJsonSchema.Generation;
using NJsonSchema.Generation.TypeMappers;

namespace Connectors.Sdk.Hosting.Schemas;

/// <summary>
/// Generates the JSON Schema of a properties, profile or definition record from its C# type and
/// attributes, so the form a designer renders and the validation a host runs never drift apart.
/// </summary>
public static class ConnectorSchemaGenerator
{
    /// <summary>The schema's extension that marks a secret value.</summary>
    public const string SecretExtension = "x-secret";

    /// <summary>Schema of a connector's properties or a task definition.</summary>
    public static JsonSchema ForProperties(Type propertiesType) => Generate(propertiesType, profileTypeId: null);

    /// <summary>Schema of a profile file: the profile record plus its required <c>type</c> field.</summary>
    public static JsonSchema ForProfile(Type profileType)
    {
        var id = ProfileTypeId(profileType);
        return Generate(profileType, id);
    }

    /// <summary>The <c>type</c> value of a profile record, from its <see cref="ProfileTypeAttribute"/>.</summary>
    public static string ProfileTypeId(Type profileType) =>
        profileType.GetCustomAttribute<ProfileTypeAttribute>()?.Id
        ?? throw new ArgumentException($"{profileType.Name} has no [ProfileType] attribute", nameof(profileType));

    private static JsonSchema Generate(Type type, string? profileTypeId)
    {
        var settings = new JsonSchemaGeneratorSettings
        {
            SchemaType = SchemaType.JsonSchema,
            SerializerSettings = ConnectorJson.Settings,
            DefaultReferenceTypeNullHandling = ReferenceTypeNullHandling.NotNull,
            DefaultDictionaryValueReferenceTypeNullHandling = ReferenceTypeNullHandling.NotNull,
            FlattenInheritanceHierarchy = true,
            GenerateAbstractProperties = true,
            AlwaysAllowAdditionalObjectProperties = false,
            GenerateEnumMappingDescription = false,
        };
        settings.TypeMappers.Add(new PrimitiveTypeMapper(typeof(SecretValue), schema =>
        {
            schema.Type = JsonObjectType.String;
            schema.MinLength = 1;
        }));
        settings.SchemaProcessors.Add(new PropertyMetadataProcessor());

        var schema = JsonSchema.FromType(type, settings);
        if (profileTypeId is not null)
        {
            AddProfileTypeField(schema, profileTypeId);
        }

        return schema;
    }

    private static void AddProfileTypeField(JsonSchema schema, string profileTypeId)
    {
        var typeField = new JsonSchemaProperty
        {
            Type = JsonObjectType.String,
            Title = "Profile type",
            Description = $"Selects the kind of profile; always \"{profileTypeId}\" for this schema.",
            IsRequired = true,
        };
        typeField.Enumeration.Add(profileTypeId);
        schema.Properties.Add("type", typeField);
    }

    /// <summary>Copies titles, descriptions, examples and secret marks from the attributes onto the schema.</summary>
    private sealed class PropertyMetadataProcessor : ISchemaProcessor
    {
        public void Process(SchemaProcessorContext context)
        {
            var type = context.ContextualType.Type;
            var schema = context.Schema;
            var record = type.GetCustomAttribute<ConnectorPropertiesAttribute>();
            if (record is not null)
            {
                schema.Title = record.Title;
                schema.Description = record.Description;
            }

            foreach (var clrProperty in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var name = JsonNameOf(clrProperty);
                if (!schema.Properties.TryGetValue(name, out var property))
                {
                    continue;
                }

                ApplyMetadata(clrProperty, property);

                // A value with a default may be left out: the record supplies it. [Required] still
                // forbids an empty value when one is given.
                if (clrProperty.GetCustomAttribute<System.ComponentModel.DefaultValueAttribute>() is not null)
                {
                    property.IsRequired = false;
                }
            }
        }

        private static void ApplyMetadata(PropertyInfo clrProperty, JsonSchemaProperty property)
        {
            var metadata = clrProperty.GetCustomAttribute<PropertyAttribute>();
            if (metadata is not null)
            {
                property.Title = metadata.Title;
                property.Description = metadata.Description;
                if (metadata.Example is not null)
                {
                    property.Example = metadata.Example;
                }
            }

            var isSecret = clrProperty.GetCustomAttribute<SecretAttribute>() is not null
                || clrProperty.PropertyType == typeof(SecretValue);
            if (isSecret)
            {
                property.IsWriteOnly = true;
                property.ExtensionData ??= new Dictionary<string, object?>();
                property.ExtensionData[SecretExtension] = true;

                // Draft 4 has no writeOnly keyword, so NJsonSchema writes x-writeOnly; designers
                // built on OpenAPI 3 and later drafts read the plain keyword.
                property.ExtensionData["writeOnly"] = true;
            }
        }

        private static string JsonNameOf(PropertyInfo property) =>
            char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
    }
}
