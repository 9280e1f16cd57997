using Connectors.Oftp2.Security;

namespace Connectors.Oftp2.Tests.Security;

public sealed class When_a_layer_runs_on_another_thread
{
    [Fact]
    public void Everything_written_reaches_the_next_layer_in_order_before_it_closes()
    {
        using var next = new MemoryStream();
        var expected = new byte[300_000];
        new Random(4).NextBytes(expected);

        using (var handOff = new LayerHandOffStream(next))
        {
            for (var at = 0; at < expected.Length; at += 7_001)
            {
                handOff.Write(expected, at, Math.Min(7_001, expected.Length - at));
            }
        }

        Assert.True(next.ToArray().SequenceEqual(expected), "the next layer should get every octet, in the order written");
    }

    [Fact]
    public void A_failure_of_the_next_layer_reaches_the_writer()
    {
        var handOff = new LayerHandOffStream(new FailingStream());

        var failure = Record.Exception(() =>
        {
            using (handOff)
            {
                for (var i = 0; i < 100; i++)
                {
                    handOff.Write(new byte[1024]);
                }
            }
        });

        Assert.True(failure is IOException { Message: "disk full" }, $"the next layer's failure should reach the writer as it was, not {failure?.GetType().Name ?? "nothing"}: {failure?.Message}");
    }

    private sealed class FailingStream : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("disk full");

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
