using System.Text;
using Connectors.Sdk.Profiles;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Connectors.Sdk.Hosting.Schemas;

/// <summary>
/// Validates a JSON document against a schema and reports findings by JSON pointer and rule.
/// Findings never quote the offending value: it could be a secret.
/// </summary>
public static class SchemaValidator
{
    public static IReadOnlyList<Finding> Validate(JsonSchema schema, JToken document, string source)
    {
        var findings = new List<Finding>();
        foreach (var error in schema.Validate(document))
        {
            Collect(error, source, findings);
        }

        return findings
            .DistinctBy(f => (f.Pointer, f.Rule))
            .OrderBy(f => f.Pointer, StringComparer.Ordinal)
            .ToList();
    }

    private static void Collect(ValidationError error, string source, List<Finding> findings)
    {
        if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
        {
            foreach (var nested in child.Errors.SelectMany(e => e.Value))
            {
                Collect(nested, source, findings);
            }

            return;
        }

        var pointer = ToJsonPointer(error.Path);
        var (rule, message) = Describe(error, pointer);
        findings.Add(new Finding(source, pointer, rule, message));
    }

    private static (string Rule, string Message) Describe(ValidationError error, string pointer)
    {
        var at = pointer.Length == 0 ? "the document" : pointer;
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => ("required", $"{at} is required but missing"),
            ValidationErrorKind.NoAdditionalPropertiesAllowed => ("additionalProperties", $"{at} is not a known property; check its spelling against the schema"),
            ValidationErrorKind.NotInEnumeration => ("enum", $"{at} is not one of the allowed values"),
            ValidationErrorKind.NumberTooBig => ("maximum", $"{at} is larger than allowed"),
            ValidationErrorKind.NumberTooSmall => ("minimum", $"{at} is smaller than allowed"),
            ValidationErrorKind.StringTooShort => ("minLength", $"{at} is shorter than allowed"),
            ValidationErrorKind.StringTooLong => ("maxLength", $"{at} is longer than allowed"),
            ValidationErrorKind.PatternMismatch => ("pattern", $"{at} does not match the required pattern"),
            ValidationErrorKind.NullExpected => ("type", $"{at} must be null"),
            var kind when kind.ToString().EndsWith("Expected", StringComparison.Ordinal) =>
                ("type", $"{at} has the wrong type: {Humanize(kind.ToString()[..^"Expected".Length])} expected"),
            var kind => (Humanize(kind.ToString()), $"{at} breaks the rule '{Humanize(kind.ToString())}'"),
        };
    }

    /// <summary>Turns NJsonSchema's <c>#/network.maxAttempts</c> or <c>#/items[2].name</c> into <c>/network/maxAttempts</c>.</summary>
    internal static string ToJsonPointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "#")
        {
            return string.Empty;
        }

        var body = path.StartsWith("#/", StringComparison.Ordinal) ? path[2..] : path.TrimStart('#');
        var pointer = new StringBuilder();
        var segment = new StringBuilder();
        void Flush()
        {
            if (segment.Length > 0)
            {
                pointer.Append('/').Append(segment.Replace("~", "~0").Replace("/", "~1"));
                segment.Clear();
            }
        }

        foreach (var c in body)
        {
            switch (c)
            {
                case '.':
                case '[':
                    Flush();
                    break;
                case ']':
                    Flush();
                    break;
                default:
                    segment.Append(c);
                    break;
            }
        }

        Flush();
        return pointer.ToString();
    }

    private static string Humanize(string pascal)
    {
        var text = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
