using Connectors.Mft.Endpoints.Local;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tests.Local;

public sealed class When_two_writes_of_one_file_overlap
{
    [Fact]
    public async Task The_second_is_refused_and_the_first_completes_intact()
    {
        var root = Path.Combine(Path.GetTempPath(), "connectors-mft-local", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        await using var endpoint = new LocalFileEndpoint(root);
        try
        {
            var release = new TaskCompletionSource();
            var firstContent = new HeldStream(new byte[] { 1, 2, 3 }, release.Task);
            var first = endpoint.WriteAsync("out/.orders.part", firstContent, 0, CancellationToken.None);
            await firstContent.Started;

            var second = await Assert.ThrowsAsync<ConnectorException>(() => endpoint.WriteAsync("out/.orders.part", new MemoryStream(new byte[] { 9, 9 }), 0, CancellationToken.None));
            release.SetResult();
            await first;

            Assert.True(second.Message.Contains("out/.orders.part", StringComparison.Ordinal), $"the refusal should name the file: {second.Message}");
            Assert.True(File.ReadAllBytes(Path.Combine(root, "out", ".orders.part")).SequenceEqual(new byte[] { 1, 2, 3 }), "the first write should hold its own bytes, none of the second's");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Content that gives its bytes only once released, so its write holds the file open meanwhile.</summary>
    private sealed class HeldStream(byte[] content, Task release) : Stream
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _position;

        public Task Started => _started.Task;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _started.TrySetResult();
            await release.WaitAsync(cancellationToken);
            var take = Math.Min(buffer.Length, content.Length - _position);
            content.AsMemory(_position, take).CopyTo(buffer);
            _position += take;
            return take;
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
