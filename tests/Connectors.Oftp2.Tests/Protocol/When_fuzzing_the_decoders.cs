using System.Buffers;
using Connectors.Oftp2.Protocol;
using Connectors.Oftp2.Protocol.Buffers;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Commands.Values;
using Connectors.Oftp2.Protocol.Files;
using Connectors.Oftp2.Protocol.Framing;
using Connectors.Oftp2.Tests.Protocol.Support;

namespace Connectors.Oftp2.Tests.Protocol;

/// <summary>
/// Random octets and damaged interop buffers never make the decoders fail any other way than with
/// <see cref="OdetteProtocolException"/> (record errors aside, which refuse a file), and never hang.
/// </summary>
public sealed class When_fuzzing_the_decoders
{
    private const int Iterations = 20_000;
    private const string CommandCharacters = "IXJAS H23DCT45FRENP";

    private static readonly Lazy<byte[][]> TranscriptBuffers = new(() =>
        InteropTranscript.LoadAll().SelectMany(t => t.Frames).Select(f => f.ExchangeBuffer.ToArray()).ToArray());

    [Fact]
    public void Random_octets_raise_only_protocol_exceptions()
    {
        var random = new Random(5024);
        for (var i = 0; i < Iterations; i++)
        {
            var buffer = new byte[random.Next(0, 400)];
            random.NextBytes(buffer);
            if (buffer.Length > 0 && random.Next(4) > 0)
            {
                // Mostly start with a real command character, so the fields behind it are exercised.
                buffer[0] = (byte)CommandCharacters[random.Next(CommandCharacters.Length)];
            }

            DecodeEveryWay(buffer, $"random buffer {i} (seed 5024)");
        }
    }

    [Fact]
    public void Damaged_transcript_buffers_raise_only_protocol_exceptions()
    {
        var random = new Random(2007);
        var originals = TranscriptBuffers.Value;
        for (var i = 0; i < Iterations; i++)
        {
            var buffer = Damage(originals[random.Next(originals.Length)], random);
            DecodeEveryWay(buffer, $"damaged buffer {i} (seed 2007)");
        }
    }

    [Fact]
    public async Task Random_streams_raise_only_protocol_exceptions_and_end()
    {
        var random = new Random(8);
        var wire = InteropTranscript.Load("plain-send-t").Frames.SelectMany(f => f.Octets).ToArray();
        for (var i = 0; i < 2_000; i++)
        {
            var stream = i % 2 == 0 ? RandomOctets(random, random.Next(0, 300)) : Damage(wire, random);
            await using var reader = new StreamTransmissionReader(new TricklingStream(stream, i, 50), maximumExchangeBufferSize: random.Next(1, 100_000));
            try
            {
                var reads = 0;
                while (await reader.ReadAsync() is { } buffer)
                {
                    Assert.True(++reads <= stream.Length, $"stream {i}: more buffers than octets");
                    DecodeEveryWay(buffer.ToArray(), $"stream {i} buffer {reads}");
                }
            }
            catch (OdetteProtocolException)
            {
            }
        }
    }

    private static void DecodeEveryWay(byte[] buffer, string what)
    {
        foreach (var level in new[] { ProtocolLevel.Revision20, ProtocolLevel.Revision14 })
        {
            Guard(() => CommandDecoder.Decode(buffer, level), $"{what}, level {(int)level}");
        }

        Guard(() => ReadSubrecords(buffer, compressionAllowed: buffer.Length % 2 == 0), $"{what} read as DATA");
        foreach (var format in new[] { VirtualFileFormat.Unstructured, VirtualFileFormat.Text, VirtualFileFormat.Fixed, VirtualFileFormat.Variable })
        {
            Guard(
                () =>
                {
                    var decoder = VirtualFileDecoder.Create(new ArrayBufferWriter<byte>(), format, maximumRecordLength: 80);
                    decoder.Write(buffer, compressionAllowed: true);
                    decoder.Complete();
                },
                $"{what} decoded as {format} file",
                allowRecordErrors: true);
        }
    }

    private static void ReadSubrecords(byte[] buffer, bool compressionAllowed)
    {
        var reader = new DataBufferReader(buffer, compressionAllowed);
        while (reader.TryRead(out _))
        {
        }
    }

    private static void Guard(Action decode, string what, bool allowRecordErrors = false)
    {
        try
        {
            decode();
        }
        catch (OdetteProtocolException)
        {
        }
        catch (VirtualFileRecordException) when (allowRecordErrors)
        {
        }
        catch (Exception other)
        {
            Assert.Fail($"{what}: {other.GetType().Name} escaped the decoder: {other.Message}");
        }
    }

    private static byte[] Damage(byte[] original, Random random)
    {
        var buffer = original.ToList();
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            switch (random.Next(4))
            {
                case 0 when buffer.Count > 0:
                    buffer[random.Next(buffer.Count)] = (byte)random.Next(256);
                    break;
                case 1 when buffer.Count > 0:
                    buffer.RemoveRange(random.Next(buffer.Count), 1);
                    break;
                case 2:
                    buffer.Insert(random.Next(buffer.Count + 1), (byte)random.Next(256));
                    break;
                default:
                    buffer = buffer.Take(random.Next(buffer.Count + 1)).ToList();
                    break;
            }
        }

        return [.. buffer];
    }

    private static byte[] RandomOctets(Random random, int length)
    {
        var octets = new byte[length];
        random.NextBytes(octets);
        return octets;
    }
}
