using System.IO.Compression;
using Connectors.Mft.Tasks;
using Connectors.Mft.Tests.Tasks.Fixtures;
using Connectors.Sdk.State;
using Connectors.Sdk.Tasks;
using Newtonsoft.Json.Linq;

namespace Connectors.Mft.Tests.Tasks;

public sealed class When_files_move_from_a_local_folder_to_another
{
    [Theory]
    [InlineData(MftCompression.None)]
    [InlineData(MftCompression.Zip)]
    [InlineData(MftCompression.Gzip)]
    public async Task Every_matching_file_arrives_intact_each_step_is_checkpointed_and_the_source_is_removed(MftCompression compression)
    {
        await using var workspace = new MftWorkspace();
        var invoice = TestFiles.Content(300_000, 1);
        var order = TestFiles.Content(70_000, 2);
        workspace.WriteSource("out/INV_0001.xml", invoice);
        workspace.WriteSource("out/ORD_0002.xml", order);
        workspace.WriteSource("out/readme.txt", [1, 2, 3]);
        var definition = MftWorkspace.Definition("Finance.DailyInvoices");
        definition["source"]!["path"] = "out";
        definition["source"]!["filter"] = "INV_*.xml|ORD_????.xml";
        definition["destination"]!["path"] = "in/today";
        definition["compression"] = compression.ToString();

        var (runId, result) = await workspace.RunAsync(definition);
        var steps = await workspace.StepsAsync(runId);
        var log = await workspace.LogAsync(runId);
        var described = MftWorkspace.Describe(log);

        Assert.True(result.State == TaskRunState.Completed, $"the run should complete, not {result.State} at {result.FailedStep}: {result.Error}{Environment.NewLine}{described}");
        var arrived = Directory.GetFiles(Path.Combine(workspace.DestinationFolder, "in", "today")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        switch (compression)
        {
            case MftCompression.None:
                Assert.True(arrived.SequenceEqual(["INV_0001.xml", "ORD_0002.xml"]), $"both matching files and nothing else should arrive: {string.Join(", ", arrived)}");
                Assert.True(File.ReadAllBytes(Path.Combine(workspace.DestinationFolder, "in", "today", "INV_0001.xml")).SequenceEqual(invoice), "the invoice should arrive byte for byte");
                Assert.True(File.ReadAllBytes(Path.Combine(workspace.DestinationFolder, "in", "today", "ORD_0002.xml")).SequenceEqual(order), "the order should arrive byte for byte");
                break;
            case MftCompression.Zip:
                Assert.True(arrived.SequenceEqual(["Finance.DailyInvoices.zip"]), $"one archive named after the task should arrive: {string.Join(", ", arrived)}");
                using (var archive = ZipFile.OpenRead(Path.Combine(workspace.DestinationFolder, "in", "today", "Finance.DailyInvoices.zip")))
                {
                    Assert.True(archive.Entries.Select(e => e.Name).Order(StringComparer.Ordinal).SequenceEqual(["INV_0001.xml", "ORD_0002.xml"]), "the archive should hold both files");
                    Assert.True(Read(archive.GetEntry("INV_0001.xml")!.Open()).SequenceEqual(invoice), "the archived invoice should be intact");
                    Assert.True(Read(archive.GetEntry("ORD_0002.xml")!.Open()).SequenceEqual(order), "the archived order should be intact");
                }

                break;
            case MftCompression.Gzip:
                Assert.True(arrived.SequenceEqual(["INV_0001.xml.gz", "ORD_0002.xml.gz"]), $"each file should arrive gzipped: {string.Join(", ", arrived)}");
                Assert.True(Gunzip(Path.Combine(workspace.DestinationFolder, "in", "today", "INV_0001.xml.gz")).SequenceEqual(invoice), "the gzipped invoice should be intact");
                Assert.True(Gunzip(Path.Combine(workspace.DestinationFolder, "in", "today", "ORD_0002.xml.gz")).SequenceEqual(order), "the gzipped order should be intact");
                Assert.True(new FileInfo(Path.Combine(workspace.DestinationFolder, "in", "today", "INV_0001.xml.gz")).Length < invoice.Length, "gzip should make the half-text invoice smaller");
                break;
        }

        string[] expected = compression == MftCompression.None
            ? ["file-set", "stage", "transfer", "remove-source"]
            : ["file-set", "stage", "compress", "transfer", "remove-source"];
        Assert.True(steps.Select(s => s.Step).SequenceEqual(expected), $"the steps should be {string.Join(", ", expected)}: {string.Join(", ", steps.Select(s => s.Step))}");
        Assert.True(steps.All(s => s.State == StepState.Completed && s.EndedAt is not null), "every step should be checkpointed completed");
        Assert.True(JObject.Parse(steps[0].OutputsJson)["sourceFiles"]!.Count() == 2, $"the file set step should record both files: {steps[0].OutputsJson}");
        Assert.True(!File.Exists(Path.Combine(workspace.SourceFolder, "out", "INV_0001.xml")) && !File.Exists(Path.Combine(workspace.SourceFolder, "out", "ORD_0002.xml")), "the transferred source files should be removed");
        Assert.True(File.Exists(Path.Combine(workspace.SourceFolder, "out", "readme.txt")), "a file the filter does not match should stay at the source");
        Assert.True(Directory.GetFiles(Path.Combine(workspace.DestinationFolder, "in", "today"), ".*").Length == 0, "no temporary .part file should be left at the destination");
        Assert.True(result.FilesTransferred == arrived.Count, $"the result should count {arrived.Count} files, not {result.FilesTransferred}");
        var transfers = log.Where(e => e.Step == "transfer" && e.File is not null && e.Message.StartsWith("transferred", StringComparison.Ordinal)).ToList();
        Assert.True(transfers.Count == arrived.Count && transfers.All(e => e.Bytes > 0), $"the job log should name each transferred file with its bytes:{Environment.NewLine}{described}");
        Assert.True(transfers.All(e => e.Message.Contains("sha256 verified", StringComparison.Ordinal)), $"the local endpoint's SHA-256 should be verified:{Environment.NewLine}{described}");
    }

    private static byte[] Read(Stream stream)
    {
        using (stream)
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }

    private static byte[] Gunzip(string path) => Read(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
}
