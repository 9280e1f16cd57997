namespace Connectors.Sdk.Hosting.Files;

/// <summary>
/// Guards the folders files are written to: a name that comes from a partner or a definition may not
/// climb out of its folder, name a device, or hide in a dot file.
/// </summary>
public static class SafeFileName
{
    /// <summary>Why <paramref name="name"/> cannot be used as a single file name; null when it can.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "the file name is empty";
        }

        if (name.Length > 255)
        {
            return "the file name is longer than 255 characters";
        }

        if (name is "." or ".." || name.StartsWith('.'))
        {
            return $"the file name '{name}' starts with a dot";
        }

        if (name.IndexOfAny(['/', '\\', ':', '\0']) >= 0 || name.Any(char.IsControl))
        {
            return $"the file name '{name}' contains a path separator, a colon or a control character";
        }

        return null;
    }

    /// <summary>
    /// Combines <paramref name="root"/> and a relative path, refusing any result outside the root
    /// (<c>..</c>, an absolute path, a drive). Returns the full path.
    /// </summary>
    public static string CombineWithin(string root, string relativePath)
    {
        var fullRoot = Path.GetFullPath(root);
        var rootWithSeparator = Path.EndsInDirectorySeparator(fullRoot) ? fullRoot : fullRoot + Path.DirectorySeparatorChar;
        if (Path.IsPathRooted(relativePath) || relativePath.Contains('\\', StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException($"the path '{relativePath}' must be relative to its folder and use '/'");
        }

        var combined = Path.GetFullPath(Path.Combine(fullRoot, relativePath));
        if (combined != fullRoot && !combined.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException($"the path '{relativePath}' leaves its folder");
        }

        return combined;
    }
}
