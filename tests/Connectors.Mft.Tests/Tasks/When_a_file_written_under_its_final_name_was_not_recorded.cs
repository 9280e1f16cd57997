using Connectors.Mft.Endpoints;
using Connectors.Mft.Endpoints.Local;
using Connectors.Mft.Profiles;
using Connectors.Mft.Tests.Tasks.Fixtures;
using Connectors.Sdk.Errors;
using Connectors.Sdk.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Connectors.Mft.Tests.Tasks;

/// <summary>
/// An endpoint whose files appear only when complete (S3) is written under the final name. When the run stops
/// after the write and before recording it, a restart with overwrite No finds the file there: its own, which
/// it verifies and keeps, but never another's.
/// </summary>
public sealed class When_a_file_written_under_its_final_name_was_not_recorded
{
    [Fact]
    public async Task The_restart_verifies_it_as_its_own_and_completes_without_sending_it_again()
    {
        var opener = new AtomicLocalOpener(failVerificationOnce: true);
        await using var workspace = new MftWorkspace(c => c.Services.AddSingleton<IEndpointOpener>(opener));
        var content = TestFiles.Content(50_000, 7);
        workspace.WriteSource("invoice.xml", content);
        var definition = MftWorkspace.Definition("Ops.Atomic");
        definition["destination"]!["path"] = "inbox";
        definition["destination"]!["overwrite"] = "No";

        var (runId, failed) = await workspace.RunAsync(definition);
        var restarted = await workspace.RestartAsync(runId);
        var described = MftWorkspace.Describe(await workspace.LogAsync(runId));

        Assert.True(failed.State == TaskRunState.Failed && failed.FailedStep == "transfer", $"the first attempt should fail in transfer, after the write: {failed.State} at {failed.FailedStep}: {failed.Error}");
        Assert.True(restarted.State == TaskRunState.Completed, $"the restart should complete, not {restarted.State}: {restarted.Error}{Environment.NewLine}{described}");
        Assert.True(opener.Writes == 1, $"the file should be written once, not {opener.Writes} times");
        Assert.True(described.Contains("written in an earlier attempt and verified", StringComparison.Ordinal), $"the log should say the file found was verified as this run's{Environment.NewLine}{described}");
        Assert.True(File.ReadAllBytes(Path.Combine(workspace.DestinationFolder, "inbox", "invoice.xml")).SequenceEqual(content), "the destination should hold the file as sent");
    }

    [Fact]
    public async Task Another_file_under_that_name_is_still_refused()
    {
        var opener = new AtomicLocalOpener(failVerificationOnce: true);
        await using var workspace = new MftWorkspace(c => c.Services.AddSingleton<IEndpointOpener>(opener));
        workspace.WriteSource("invoice.xml", TestFiles.Content(50_000, 7));
        var definition = MftWorkspace.Definition("Ops.Atomic");
        definition["destination"]!["path"] = "inbox";
        definition["destination"]!["overwrite"] = "No";

        var (runId, _) = await workspace.RunAsync(definition);
        var other = TestFiles.Content(50_000, 8);
        File.WriteAllBytes(Path.Combine(workspace.DestinationFolder, "inbox", "invoice.xml"), other);
        var restarted = await workspace.RestartAsync(runId);

        Assert.True(restarted.State == TaskRunState.Failed && restarted.Error?.Contains("overwrite", StringComparison.Ordinal) == true, $"a different file under the name should be refused by the overwrite rule, not {restarted.State}: {restarted.Error}");
        Assert.True(File.ReadAllBytes(Path.Combine(workspace.DestinationFolder, "inbox", "invoice.xml")).SequenceEqual(other), "the other file must be left as it was");
    }

    /// <summary>Local folders that behave as S3 does for a transfer: written under the final name; the first check after the first write fails.</summary>
    private sealed class AtomicLocalOpener(bool failVerificationOnce) : IEndpointOpener
    {
        private int _writes;
        private int _failures = failVerificationOnce ? 0 : 1;

        public int Writes => _writes;

        public Type ProfileType => typeof(LocalEndpointProfile);

        public Task<IFileEndpoint> OpenAsync(string name, EndpointProfile profile, CancellationToken cancellationToken) =>
            Task.FromResult<IFileEndpoint>(new Endpoint(new LocalFileEndpoint(profile.Root), this));

        private sealed class Endpoint(LocalFileEndpoint inner, AtomicLocalOpener owner) : IFileEndpoint
        {
            public string Description => inner.Description;

            public bool CanResume => false;

            public bool WritesAtomically => true;

            public string? ChecksumAlgorithm => inner.ChecksumAlgorithm;

            public Task<IReadOnlyList<RemoteFile>> ListAsync(string folder, FileFilter filter, CancellationToken cancellationToken) => inner.ListAsync(folder, filter, cancellationToken);

            public Task<long?> SizeAsync(string path, CancellationToken cancellationToken) =>
                Volatile.Read(ref owner._writes) > 0 && Interlocked.Increment(ref owner._failures) == 1
                    ? throw new ConnectorException(ConnectorErrorKind.ConnectionFailed, $"connection to {Description} lost while checking {path}")
                    : inner.SizeAsync(path, cancellationToken);

            public Task<Stream> OpenReadAsync(string path, long offset, CancellationToken cancellationToken) => inner.OpenReadAsync(path, offset, cancellationToken);

            public Task<long> WriteAsync(string path, Stream content, long offset, CancellationToken cancellationToken)
            {
                if (path.EndsWith(".xml", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref owner._writes);
                }

                return inner.WriteAsync(path, content, offset, cancellationToken);
            }

            public Task RenameAsync(string from, string to, bool overwrite, CancellationToken cancellationToken) => inner.RenameAsync(from, to, overwrite, cancellationToken);

            public Task DeleteAsync(string path, CancellationToken cancellationToken) => inner.DeleteAsync(path, cancellationToken);

            public Task<string?> ChecksumAsync(string path, CancellationToken cancellationToken) => inner.ChecksumAsync(path, cancellationToken);

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}
