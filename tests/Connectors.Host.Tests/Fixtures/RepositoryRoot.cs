namespace Connectors.Host.Tests.Fixtures;

/// <summary>The repository the tests were built from.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Connectors.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no Connectors.sln above {AppContext.BaseDirectory}");
    }
}
