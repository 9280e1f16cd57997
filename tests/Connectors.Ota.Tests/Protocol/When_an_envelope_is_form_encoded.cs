using System.Text;
using Connectors.Ota.Protocol.Envelope;
using FsCheck;
using FsCheck.Xunit;

namespace Connectors.Ota.Tests.Protocol;

public sealed class When_an_envelope_is_form_encoded
{
    [Property(MaxTest = 200)]
    public async Task<bool> Reading_it_back_gives_every_field_and_the_payload_byte_for_byte(NonNull<string> documentNumber, NonNull<string> attribute, byte[] payload)
    {
        var envelope = new OtaEnvelope();
        envelope.Set(OtaFieldNames.TransportProtocol, OtaTransport.Protocol);
        envelope.Set(OtaFieldNames.DocumentNumber, Representable(documentNumber.Get));
        envelope.Set(OtaFieldNames.Attribute3, Representable(attribute.Get));

        var (read, payloadRead) = await RoundTripAsync(envelope, payload);

        return read.Envelope[OtaFieldNames.DocumentNumber] == envelope[OtaFieldNames.DocumentNumber]
            && read.Envelope[OtaFieldNames.Attribute3] == envelope[OtaFieldNames.Attribute3]
            && read.Envelope.TransportProtocol == OtaTransport.Protocol
            && read.HasPayload
            && read.PayloadBytes == payload.Length
            && payloadRead.SequenceEqual(payload);
    }

    [Fact]
    public async Task A_large_payload_full_of_escapes_survives_every_buffer_boundary()
    {
        var payload = new byte[200_003];
        new Random(7).NextBytes(payload);
        var envelope = new OtaEnvelope();
        envelope.Set(OtaFieldNames.MessageId, "A1234567890ZZ0987654321");

        var target = new MemoryStream();
        var body = new MemoryStream();
        var fields = OtaFormWriter.EncodeFields(envelope);
        await OtaFormWriter.WriteAsync(body, fields, new MemoryStream(payload), CancellationToken.None);
        var declared = OtaFormWriter.BodyLength(fields, await OtaFormWriter.MeasurePayloadAsync(new MemoryStream(payload), CancellationToken.None));
        body.Position = 0;
        var read = await OtaEnvelopeReader.ReadFormAsync(body, target, OtaEnvelopeLimits.Default, CancellationToken.None);

        Assert.True(declared == body.Length, $"the measured body length {declared} differs from the {body.Length} bytes written, so Content-Length would lie");
        Assert.True(target.ToArray().SequenceEqual(payload), "the payload read back differs from the payload written");
        Assert.True(read.Envelope.MessageId == "A1234567890ZZ0987654321", $"MESSAGE_ID read back as '{read.Envelope.MessageId}'");
    }

    [Fact]
    public async Task A_payload_read_a_few_bytes_at_a_time_with_a_field_after_it_comes_back_whole()
    {
        var payload = new byte[5_000];
        new Random(11).NextBytes(payload);
        var encoded = new MemoryStream();
        await OtaFormWriter.WriteAsync(encoded, [], new MemoryStream(payload), CancellationToken.None);
        var body = encoded.ToArray().Concat("&DOCUMENT_NUMBER=PO%2D7"u8.ToArray()).ToArray();

        // Reads of 1 to 7 bytes split escapes at every position.
        var target = new MemoryStream();
        var read = await OtaEnvelopeReader.ReadFormAsync(new TricklingStream(body), target, OtaEnvelopeLimits.Default, CancellationToken.None);

        Assert.True(target.ToArray().SequenceEqual(payload), "the payload read in small pieces differs from the payload written");
        Assert.True(read.PayloadBytes == payload.Length, $"the reader counted {read.PayloadBytes} payload bytes, not {payload.Length}");
        Assert.True(read.Envelope.NonEmpty(OtaFieldNames.DocumentNumber) == "PO-7", $"the field after the payload read back as '{read.Envelope.NonEmpty(OtaFieldNames.DocumentNumber)}'");
    }

    [Fact]
    public async Task A_payload_with_a_broken_escape_is_refused()
    {
        var body = new MemoryStream("TRANSPORT_PROTOCOL=OXTA&PAYLOAD=%3Cok%3E%4"u8.ToArray().Concat("Z"u8.ToArray()).ToArray());

        var failure = await Record.ExceptionAsync(() => OtaEnvelopeReader.ReadFormAsync(body, Stream.Null, OtaEnvelopeLimits.Default, CancellationToken.None));

        Assert.True(failure is OtaEnvelopeException, $"a payload with '%' not followed by two hex digits should be refused as malformed, not {failure?.GetType().Name ?? "accepted"}");
    }

    [Fact]
    public async Task A_value_with_a_broken_escape_is_refused()
    {
        var body = new MemoryStream("TRANSPORT_PROTOCOL=OXTA&DOCUMENT_NUMBER=12%G5"u8.ToArray());

        var failure = await Record.ExceptionAsync(() => OtaEnvelopeReader.ReadFormAsync(body, Stream.Null, OtaEnvelopeLimits.Default, CancellationToken.None));

        Assert.True(failure is OtaEnvelopeException, $"a '%' without two hex digits should be refused as malformed, not {failure?.GetType().Name ?? "accepted"}");
    }

    [Fact]
    public async Task A_field_longer_than_the_limit_is_refused_rather_than_held()
    {
        var body = new MemoryStream(Encoding.ASCII.GetBytes("DOCUMENT_NUMBER=" + new string('9', 200)));

        var failure = await Record.ExceptionAsync(() => OtaEnvelopeReader.ReadFormAsync(body, Stream.Null, new OtaEnvelopeLimits { MaxFieldBytes = 100 }, CancellationToken.None));

        Assert.True(failure is OtaEnvelopeException, $"a field over the limit should be refused, not {failure?.GetType().Name ?? "accepted"}");
    }

    private static async Task<(OtaEnvelopeRead Read, byte[] Payload)> RoundTripAsync(OtaEnvelope envelope, byte[] payload)
    {
        var body = new MemoryStream();
        await OtaFormWriter.WriteAsync(body, OtaFormWriter.EncodeFields(envelope), new MemoryStream(payload), CancellationToken.None);
        body.Position = 0;
        var target = new MemoryStream();
        var read = await OtaEnvelopeReader.ReadFormAsync(body, target, OtaEnvelopeLimits.Default, CancellationToken.None);
        return (read, target.ToArray());
    }

    // Text as UTF-8 can carry it: a lone surrogate has no UTF-8 form, in a form body or anywhere.
    private static string Representable(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
}

/// <summary>A body that arrives a few bytes at a time, as a slow network delivers it.</summary>
internal sealed class TricklingStream(byte[] content) : Stream
{
    private readonly Random _sizes = new(3);
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => content.Length;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var take = Math.Min(Math.Min(count, _sizes.Next(1, 8)), content.Length - _position);
        Array.Copy(content, _position, buffer, offset, take);
        _position += take;
        return take;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
