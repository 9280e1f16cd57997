namespace Connectors.Mft.Tests.Endpoints.RemoteFixtures;

/// <summary>The repository's root folder, found by walking up from the test's base directory to Connectors.sln.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Connectors.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no Connectors.sln above {AppContext.BaseDirectory}; run the tests from a clone of the repository");
    }
}
