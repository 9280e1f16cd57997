namespace Connectors.Mft.Tests.Endpoints.Fixtures;

/// <summary>A fresh folder in the test account's home, the root of one test's endpoint; removed afterwards.</summary>
public sealed class TestFolder : IDisposable
{
    public TestFolder()
    {
        Path = System.IO.Path.Combine(TestAccount.Home, "t-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
        TestAccount.Own(Path);
    }

    /// <summary>The folder's absolute path, on this machine and on the servers alike.</summary>
    public string Path { get; }

    /// <summary>Puts a file there as if another party had uploaded it, owned by the test account.</summary>
    public string Put(string relativePath, byte[] content)
    {
        var full = Local(relativePath);
        var parent = System.IO.Path.GetDirectoryName(full)!;
        if (!Directory.Exists(parent))
        {
            Directory.CreateDirectory(parent);
            TestAccount.Own(parent);
        }

        File.WriteAllBytes(full, content);
        TestAccount.Own(full);
        return full;
    }

    public string Local(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A server may still be closing a file; the folder is only test litter.
        }
    }
}
