namespace Connectors.Oftp2.Tests.Protocol.Support;

/// <summary>
/// Finds the interop vectors: <c>shared/reference/interop/oftp2</c> beside the repository root, by walking up from
/// the test's base directory.
/// </summary>
public static class InteropFolder
{
    private static readonly Lazy<string> Folder = new(Find);

    public static string Locate() => Folder.Value;

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "reference", "interop", "oftp2");
            if (Directory.Exists(Path.Combine(directory.FullName, "shared", "reference")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No folder 'shared/reference/interop/oftp2' found above {AppContext.BaseDirectory}: the OFTP2 interop vectors are expected beside the repository root (../shared/reference).");
    }
}
