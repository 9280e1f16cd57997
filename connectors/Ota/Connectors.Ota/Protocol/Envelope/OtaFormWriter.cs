using System.Buffers;
using System.Text;

namespace Connectors.Ota.Protocol.Envelope;

/// <summary>
/// Writes an envelope as application/x-www-form-urlencoded, PAYLOAD last and encoded as it streams from
/// its source, so the body's length can be declared up front and the payload is never held whole.
/// </summary>
public static class OtaFormWriter
{
    private const int ChunkSize = 16 * 1024;

    private static ReadOnlySpan<byte> PayloadPrefix => "PAYLOAD="u8;

    /// <summary>The encoded fields, in writing order, joined by <c>&amp;</c>.</summary>
    public static byte[] EncodeFields(OtaEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var text = new StringBuilder();
        foreach (var (name, value) in envelope.InWritingOrder())
        {
            if (text.Length > 0)
            {
                text.Append('&');
            }

            text.Append(Encoding.ASCII.GetString(FormUrlEncoding.Encode(name))).Append('=').Append(Encoding.ASCII.GetString(FormUrlEncoding.Encode(value)));
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>How many bytes the encoded form of what <paramref name="payload"/> holds will take; reads it to its end.</summary>
    public static async Task<long> MeasurePayloadAsync(Stream payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            long length = 0;
            int read;
            while ((read = await payload.ReadAsync(buffer.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += FormUrlEncoding.EncodedLength(buffer.AsSpan(0, read));
            }

            return length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The length of the whole body: the fields, a separator, <c>PAYLOAD=</c> and the encoded payload.</summary>
    public static long BodyLength(byte[] encodedFields, long encodedPayloadLength)
    {
        ArgumentNullException.ThrowIfNull(encodedFields);
        return encodedFields.Length + (encodedFields.Length > 0 ? 1 : 0) + PayloadPrefix.Length + encodedPayloadLength;
    }

    /// <summary>Writes the fields, then <c>PAYLOAD=</c> and <paramref name="payload"/> encoded chunk by chunk.</summary>
    public static async Task WriteAsync(Stream output, byte[] encodedFields, Stream payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(encodedFields);
        ArgumentNullException.ThrowIfNull(payload);
        await output.WriteAsync(encodedFields, cancellationToken).ConfigureAwait(false);
        var separatorAndPrefix = (encodedFields.Length > 0 ? "&PAYLOAD="u8 : PayloadPrefix).ToArray();
        await output.WriteAsync(separatorAndPrefix, cancellationToken).ConfigureAwait(false);

        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var encoded = ArrayPool<byte>.Shared.Rent(ChunkSize * 3);
        try
        {
            int read;
            while ((read = await payload.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                var written = FormUrlEncoding.Encode(chunk.AsSpan(0, read), encoded);
                await output.WriteAsync(encoded.AsMemory(0, written), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
            ArrayPool<byte>.Shared.Return(encoded);
        }
    }
}
