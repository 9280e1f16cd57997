namespace Connectors.Sdk.Hosting.Tests.Operations;

/// <summary>A temporary folder of profile files, removed at the end of the test.</summary>
internal sealed class ProfileFolder : IDisposable
{
    public ProfileFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "profiles-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Write(string name, string json) => File.WriteAllText(System.IO.Path.Combine(Path, name + ".json"), json);

    public static string Valid(string password = "s3cret-literal", string host = "127.0.0.1") => $$"""
        {
          "type": "sample",
          "host": "{{host}}",
          "port": 4100,
          "user": "acme",
          "password": "{{password}}",
          "network": { "maxAttempts": 2 }
        }
        """;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
