namespace Connectors.Oftp2.Tests.Security.Support;

/// <summary>
/// Finds the shared reference material (RFC, interop captures, test keys) by walking up from the test's base
/// directory to the first directory that holds <c>shared/reference</c>.
/// </summary>
internal static class SharedReference
{
    private static readonly Lazy<string> Root = new(Locate);

    /// <summary>The folder of the OFTP2 interop captures.</summary>
    public static string Interop => Path.Combine(Root.Value, "interop", "oftp2");

    public static string InteropFile(params string[] parts) => Path.Combine([Interop, .. parts]);

    public static byte[] ReadInterop(params string[] parts) => File.ReadAllBytes(InteropFile(parts));

    private static string Locate()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "reference");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No directory above '{AppContext.BaseDirectory}' holds shared/reference; the tests need the shared folder beside the repository");
    }
}
