using Connectors.Mft.Endpoints;
using Connectors.Mft.Endpoints.Local;
using Connectors.Sdk.Errors;
using System.Security.Cryptography;

namespace Connectors.Mft.Tests.Local;

public sealed class When_a_local_endpoint_is_used
{
    [Fact]
    public async Task It_lists_reads_resumes_renames_checksums_and_deletes_within_its_root()
    {
        var root = Path.Combine(Path.GetTempPath(), "connectors-mft-local", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(root, "in"));
        await File.WriteAllTextAsync(Path.Combine(root, "in", "a.xml"), "<a/>");
        await File.WriteAllTextAsync(Path.Combine(root, "in", "b.txt"), "b");
        await using var endpoint = new LocalFileEndpoint(root);
        try
        {
            var listed = await endpoint.ListAsync("in", new FileFilter("*.XML"), CancellationToken.None);
            var content = RandomNumberGenerator.GetBytes(100_000);
            var first = await endpoint.WriteAsync("out/.c.bin.part", new MemoryStream(content, 0, 40_000), 0, CancellationToken.None);

            // A resume cuts whatever lies past its offset: here 10 bytes the writer never confirmed.
            var resumed = await endpoint.WriteAsync("out/.c.bin.part", new MemoryStream(content, 30_000, 70_000), 30_000, CancellationToken.None);
            await endpoint.RenameAsync("out/.c.bin.part", "out/c.bin", overwrite: false, CancellationToken.None);
            var refused = await Assert.ThrowsAsync<ConnectorException>(() => endpoint.RenameAsync("in/b.txt", "out/c.bin", overwrite: false, CancellationToken.None));
            await using var tail = await endpoint.OpenReadAsync("out/c.bin", 99_990, CancellationToken.None);
            using var tailCopy = new MemoryStream();
            await tail.CopyToAsync(tailCopy);
            var checksum = await endpoint.ChecksumAsync("out/c.bin", CancellationToken.None);
            await endpoint.DeleteAsync("in/b.txt", CancellationToken.None);
            await endpoint.DeleteAsync("in/b.txt", CancellationToken.None);

            Assert.True(listed.Count == 1 && listed[0].Path == "in/a.xml" && listed[0].Size == 4, $"the filter should match a.xml only, ignoring case: {string.Join(", ", listed)}");
            Assert.True(first == 40_000 && resumed == 100_000, $"the writes should report the file's size: {first}, {resumed}");
            Assert.True((await File.ReadAllBytesAsync(Path.Combine(root, "out", "c.bin"))).SequenceEqual(content), "the resumed file should equal the content");
            Assert.True(await endpoint.SizeAsync("out/.c.bin.part", CancellationToken.None) is null, "the temporary name should be gone after the rename");
            Assert.True(refused.Kind == ConnectorErrorKind.Configuration, $"renaming onto an existing file without overwrite should be refused, not {refused.Kind}");
            Assert.True(tailCopy.ToArray().SequenceEqual(content[99_990..]), "reading from an offset should return the tail");
            Assert.True(checksum == "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content)), $"the checksum should be the SHA-256: {checksum}");
            Assert.True(!File.Exists(Path.Combine(root, "in", "b.txt")), "the deleted file should be gone, and deleting it twice is no error");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
