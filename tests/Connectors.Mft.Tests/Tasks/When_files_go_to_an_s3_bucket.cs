using Connectors.Mft.Endpoints;
using Connectors.Mft.Endpoints.S3;
using Connectors.Mft.Tests.Endpoints.RemoteFixtures;
using Connectors.Mft.Tests.Tasks.Fixtures;
using Connectors.Sdk.Tasks;
using Newtonsoft.Json.Linq;

namespace Connectors.Mft.Tests.Tasks;

[Collection(S3rverCollection.Name)]
public sealed class When_files_go_to_an_s3_bucket(S3rverProcess s3)
{
    [Fact]
    public async Task Each_object_is_written_once_under_its_final_name_with_its_md5_verified()
    {
        var root = "tasks/" + Guid.NewGuid().ToString("N");
        await using var workspace = new MftWorkspace();
        workspace.WriteProfile("bucket", new JObject
        {
            ["type"] = "mft-s3",
            ["serviceUrl"] = s3.ServiceUrl.AbsoluteUri,
            ["region"] = "us-east-1",
            ["bucket"] = S3rverProcess.Bucket,
            ["accessKeyId"] = S3rverProcess.AccessKeyId,
            ["secretAccessKey"] = S3rverProcess.SecretAccessKey,
            ["forcePathStyle"] = true,
            ["root"] = root,
        });
        var large = TestFiles.Content(S3StreamingUpload.PartSize + 4096, 3);
        var small = TestFiles.Content(1000, 4);
        workspace.WriteSource("out/ASN_1.xml", large);
        workspace.WriteSource("out/ASN_2.xml", small);
        var definition = MftWorkspace.Definition("Logistics.Shipments");
        definition["source"]!["path"] = "out";
        definition["destination"] = new JObject { ["endpoint"] = "bucket", ["path"] = "inbound" };

        var (runId, result) = await workspace.RunAsync(definition);
        var described = MftWorkspace.Describe(await workspace.LogAsync(runId));

        Assert.True(result.State == TaskRunState.Completed, $"the run should complete, not {result.State} at {result.FailedStep}: {result.Error}{Environment.NewLine}{described}");
        await using var bucket = await new S3EndpointOpener().OpenAsync("check", s3.Profile(root), CancellationToken.None);
        var stored = await bucket.ListAsync("inbound", new FileFilter("*"), CancellationToken.None);
        Assert.True(
            stored.Select(f => f.Name).Order(StringComparer.Ordinal).SequenceEqual(["ASN_1.xml", "ASN_2.xml"]),
            $"only the two final objects may be in the bucket, no temporary ones: {string.Join(", ", stored.Select(f => f.Name))}");
        foreach (var (name, content) in new[] { ("ASN_1.xml", large), ("ASN_2.xml", small) })
        {
            await using var download = await bucket.OpenReadAsync("inbound/" + name, 0, CancellationToken.None);
            using var copy = new MemoryStream();
            await download.CopyToAsync(copy);
            Assert.True(copy.ToArray().SequenceEqual(content), $"{name} must arrive byte for byte");
            var checksum = await bucket.ChecksumAsync("inbound/" + name, CancellationToken.None);
            Assert.True(checksum is not null && checksum.StartsWith("md5:", StringComparison.Ordinal), $"{name} must be one PUT, whose ETag is its MD5, but its checksum is '{checksum}'{Environment.NewLine}{described}");
            Assert.True(described.Contains($"transferred, size and md5 verified", StringComparison.Ordinal), $"the job log must say the MD5 was verified{Environment.NewLine}{described}");
        }
    }
}
