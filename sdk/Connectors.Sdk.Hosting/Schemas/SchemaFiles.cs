using Connectors.Sdk.Hosting.Catalog;

namespace Connectors.Sdk.Hosting.Schemas;

/// <summary>
/// The committed <c>schemas/</c> folder: one file per connector's properties and per profile type,
/// generated from the catalog. Comparing them with what the code generates catches drift.
/// </summary>
public static class SchemaFiles
{
    /// <summary>File name and content of every schema the catalog describes.</summary>
    public static IReadOnlyDictionary<string, string> Generate(ConnectorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var descriptor in catalog.Descriptors)
        {
            files[$"{descriptor.Id}.properties.schema.json"] = Normalize(ConnectorSchemaGenerator.ForProperties(descriptor.PropertiesType).ToJson());
        }

        foreach (var (id, type) in catalog.ProfileTypes)
        {
            files[$"{id}.profile.schema.json"] = Normalize(ConnectorSchemaGenerator.ForProfile(type).ToJson());
        }

        return files;
    }

    /// <summary>Writes every schema into <paramref name="folder"/>; returns the files written.</summary>
    public static IReadOnlyList<string> Write(ConnectorCatalog catalog, string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var (name, content) in Generate(catalog))
        {
            var path = Path.Combine(folder, name);
            File.WriteAllText(path, content);
            written.Add(path);
        }

        return written;
    }

    /// <summary>Names of files in <paramref name="folder"/> that differ from, are missing from, or are not in the generated set.</summary>
    public static IReadOnlyList<string> Drift(ConnectorCatalog catalog, string folder)
    {
        var expected = Generate(catalog);
        var drift = new List<string>();
        foreach (var (name, content) in expected)
        {
            var path = Path.Combine(folder, name);
            if (!File.Exists(path))
            {
                drift.Add($"{name} is missing");
            }
            else if (Normalize(File.ReadAllText(path)) != content)
            {
                drift.Add($"{name} differs from the code");
            }
        }

        if (Directory.Exists(folder))
        {
            drift.AddRange(Directory.EnumerateFiles(folder, "*.schema.json")
                .Select(Path.GetFileName)
                .Where(name => !expected.ContainsKey(name!))
                .Select(name => $"{name} describes nothing registered"));
        }

        return drift;
    }

    // Line endings and a trailing newline are not part of a schema.
    private static string Normalize(string json) => json.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
}
