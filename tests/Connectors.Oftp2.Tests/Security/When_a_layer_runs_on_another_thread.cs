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

    [Fact]
    public void A_layer_read_ahead_gives_every_octet_in_order_whether_read_in_blocks_or_one_at_a_time()
    {
        var expected = new byte[200_000];
        new Random(5).NextBytes(expected);
        using var ahead = new LayerPrefetchStream(new MemoryStream(expected));

        var read = new List<byte>();
        for (var i = 0; i < 1000; i++)
        {
            read.Add((byte)ahead.ReadByte());
        }

        var rest = new byte[expected.Length];
        int n;
        while ((n = ahead.Read(rest, 0, 7_777)) > 0)
        {
            read.AddRange(rest.AsSpan(0, n).ToArray());
        }

        Assert.True(read.SequenceEqual(expected), "the reader should get every octet of the layer, in order");
        Assert.True(ahead.ReadByte() == -1 && ahead.Read(rest, 0, 10) == 0, "after its end the layer should stay ended");
    }

    [Fact]
    public void A_failure_of_a_layer_read_ahead_reaches_the_reader_as_it_was_raised()
    {
        using var ahead = new LayerPrefetchStream(new BreakingStream(octetsBeforeFailure: 100_000));

        var buffer = new byte[10_000];
        var got = 0;
        var failure = Record.Exception(() =>
        {
            int n;
            while ((n = ahead.Read(buffer, 0, buffer.Length)) > 0)
            {
                got += n;
            }
        });

        Assert.True(got == 100_000, $"the octets before the failure should all be read first, not {got}");
        Assert.True(failure is InvalidDataException { Message: "bad padding" }, $"the layer's own failure should reach the reader, not {failure?.GetType().Name ?? "an end"}: {failure?.Message}");
    }

    private sealed class BreakingStream(int octetsBeforeFailure) : Stream
    {
        private int _given;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_given == octetsBeforeFailure)
            {
                throw new InvalidDataException("bad padding");
            }

            var take = Math.Min(count, octetsBeforeFailure - _given);
            _given += take;
            return take;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
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
