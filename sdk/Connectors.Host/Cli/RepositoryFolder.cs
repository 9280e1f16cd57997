namespace Connectors.Host.Cli;

/// <summary>Where the committed <c>schemas/</c> folder lives when no <c>--dir</c> is given.</summary>
internal static class RepositoryFolder
{
    /// <summary>The nearest folder at or above <paramref name="start"/> that holds a solution or a Git repository; null when none does.</summary>
    public static string? FindRoot(string start)
    {
        for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
        {
            if (folder.EnumerateFiles("*.sln").Any() || folder.EnumerateFiles("*.slnx").Any()
                || Directory.Exists(Path.Combine(folder.FullName, ".git")) || File.Exists(Path.Combine(folder.FullName, ".git")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary><c>schemas/</c> at the repository root, or in the current directory outside a repository.</summary>
    public static string DefaultSchemasFolder()
    {
        var current = Directory.GetCurrentDirectory();
        return Path.Combine(FindRoot(current) ?? current, "schemas");
    }
}
