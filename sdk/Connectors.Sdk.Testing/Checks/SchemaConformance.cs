using Connectors.Sdk.Hosting.Catalog;
using Connectors.Sdk.Hosting.Operations;
using Connectors.Sdk.Hosting.Running;
using Connectors.Sdk.Hosting.Schemas;
using Connectors.Sdk.Profiles;
using Newtonsoft.Json.Linq;

namespace Connectors.Sdk.Conformance;

/// <summary>Checks that the schemas a designer renders are complete, mark secrets, and accept what the adapter calls valid.</summary>
public static class SchemaConformance
{
    /// <summary>
    /// The properties schema and the profile schema each have a title and a description, and so has
    /// every property at every level, nested records and list items included.
    /// </summary>
    public static async Task EveryPropertyIsDescribedAsync(ConnectorConformanceAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var host = ConformanceHost.Start(adapter);
        await using (host.ConfigureAwait(false))
        {
            var problems = new List<string>();
            foreach (var (name, schema) in ConformanceDocuments.Schemas(host))
            {
                var root = JObject.Parse(schema.ToJson());
                problems.AddRange(MissingText(root, $"{name} (its root)"));
                foreach (var (pointer, property) in SchemaWalker.Properties(root))
                {
                    problems.AddRange(MissingText(property, $"{pointer} in {name}"));
                }
            }

            ConformanceAssert.NoProblems(adapter.ConnectorId, "the schemas leave properties undescribed", problems);
        }
    }

    /// <summary>
    /// Wherever a secret of the adapter sits in its properties or profiles, the schema marks that
    /// property <c>x-secret</c> and <c>writeOnly</c>, so no designer or API shows it.
    /// </summary>
    public static async Task SecretsAreMarkedAsync(ConnectorConformanceAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var host = ConformanceHost.Start(adapter);
        await using (host.ConfigureAwait(false))
        {
            var secrets = new SecretLeakFinder(adapter.ConnectorId, adapter.SecretValues).EnsureSearchable();
            var problems = new List<string>();
            foreach (var (name, document, schema) in ConformanceDocuments.Documents(adapter, host))
            {
                var root = JObject.Parse(schema.ToJson());
                foreach (var (path, value) in ConformanceDocuments.Strings(document).Where(s => secrets.ContainsAny(s.Value)))
                {
                    var pointer = "/" + string.Join('/', path);
                    var property = SchemaWalker.PropertyAt(root, path);
                    if (property is null)
                    {
                        problems.Add($"{pointer} of {name} holds a secret but the schema has no property there");
                    }
                    else if (!IsTrue(property, ConnectorSchemaGenerator.SecretExtension) || !IsTrue(property, "writeOnly"))
                    {
                        problems.Add($"{pointer} of {name} holds a secret but the schema does not mark it x-secret and writeOnly; make it a SecretValue or add [Secret]");
                    }
                }
            }

            ConformanceAssert.NoProblems(adapter.ConnectorId, "secrets are not marked in the schemas", problems);
        }
    }

    /// <summary>
    /// The adapter's valid properties pass the properties schema, and its profiles load in the
    /// operations store as a profile file would; otherwise every other check would test a refusal.
    /// </summary>
    public static async Task ValidPropertiesAndProfilesAreAcceptedAsync(ConnectorConformanceAdapter adapter)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        var host = ConformanceHost.Start(adapter);
        await using (host.ConfigureAwait(false))
        {
            var problems = new List<string>();
            var properties = ConformanceHost.ToJson(adapter.ValidProperties(ConformanceDocuments.ProfileName));
            problems.AddRange(PropertiesBinder.Check(host.Descriptor.PropertiesType, properties, "the valid properties").Select(Describe));

            var loader = new ProfileLoader(host.Catalog.ProfileTypes.Select(p => new ProfileTypeRegistration(p.Key, p.Value)));
            foreach (var wrong in new[] { false, true })
            {
                if (adapter.CreateProfile(PartnerProfileRequest.ForInspection(wrong)) is not { } profile)
                {
                    continue;
                }

                var source = wrong ? "the profile with wrong credentials" : "the profile";
                var (_, findings) = loader.Load(ConformanceDocuments.ProfileName, ConformanceDocuments.ProfileJson(profile).ToString(), source);
                problems.AddRange(findings.Where(f => f.Severity == FindingSeverity.Error).Select(Describe));
            }

            ConformanceAssert.NoProblems(adapter.ConnectorId, "what the adapter calls valid is refused", problems);
        }
    }

    private static IEnumerable<string> MissingText(JObject schema, string where)
    {
        foreach (var keyword in new[] { "title", "description" })
        {
            if (schema[keyword] is not JValue { Value: string text } || string.IsNullOrWhiteSpace(text))
            {
                yield return $"{where} has no {keyword}; give it [Property(title, description)] or [ConnectorProperties(title, description)]";
            }
        }
    }

    private static bool IsTrue(JObject property, string keyword) => property[keyword] is JValue { Value: true };

    private static string Describe(Finding finding) => $"{finding.Source}: {finding.Pointer} [{finding.Rule}] {finding.Message}";
}
