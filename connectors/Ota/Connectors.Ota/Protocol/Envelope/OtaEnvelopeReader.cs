using System.Buffers;

namespace Connectors.Ota.Protocol.Envelope;

/// <summary>
/// Reads an OTA post body in either form the protocol is seen in: application/x-www-form-urlencoded
/// (what a servlet's getParameter reads, and what this implementation sends), or the plain
/// <c>NAME=value</c> lines of the reference's example, where PAYLOAD comes last and runs to the end
/// of the body. Either way the PAYLOAD is decoded straight into a target stream as it arrives, so a
/// payload of any size passes through a small buffer; every other field is kept, within the limits.
/// </summary>
public static class OtaEnvelopeReader
{
    private const int BufferSize = 16 * 1024;

    /// <summary>Reads a form-encoded body; a PAYLOAD field, wherever it stands, is decoded into <paramref name="payloadTarget"/>.</summary>
    public static async Task<OtaEnvelopeRead> ReadFormAsync(Stream body, Stream payloadTarget, OtaEnvelopeLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(payloadTarget);
        ArgumentNullException.ThrowIfNull(limits);
        var envelope = new OtaEnvelope();
        var name = new BoundedBytes(limits.MaxFieldBytes);
        var value = new BoundedBytes(limits.MaxFieldBytes);
        var decoder = default(FormByteDecoder);
        var input = ArrayPool<byte>.Shared.Rent(BufferSize);
        var output = ArrayPool<byte>.Shared.Rent(BufferSize);
        var outputCount = 0;
        string? fieldName = null;
        var inPayload = false;
        var hasPayload = false;
        long payloadBytes = 0;
        var fields = 0;

        void EndField()
        {
            decoder.End();
            decoder = default;
            if (inPayload)
            {
                return;
            }

            // A name without '=' is a field with an empty value, as a servlet reads "A&B=1".
            var completeName = fieldName ?? name.TakeText();
            var fieldValue = value.TakeText();
            if (completeName.Length == 0)
            {
                return;
            }

            if (++fields > limits.MaxFields)
            {
                throw new OtaEnvelopeException($"the envelope has more than {limits.MaxFields} fields");
            }

            envelope.Set(completeName, fieldValue);
        }

        try
        {
            int read;
            while ((read = await body.ReadAsync(input.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                for (var i = 0; i < read; i++)
                {
                    var b = input[i];
                    if (b == (byte)'&')
                    {
                        EndField();
                        fieldName = null;
                        inPayload = false;
                        continue;
                    }

                    if (inPayload)
                    {
                        // The payload is most of a body: decoded in runs, up to the next '&' or a full buffer.
                        var consumed = decoder.DecodeRun(input.AsSpan(i, read - i), output.AsSpan(outputCount, BufferSize - outputCount), out var decodedBytes);
                        outputCount += decodedBytes;
                        payloadBytes += decodedBytes;
                        i += consumed - 1;
                        if (outputCount == BufferSize)
                        {
                            await payloadTarget.WriteAsync(output.AsMemory(0, outputCount), cancellationToken).ConfigureAwait(false);
                            outputCount = 0;
                        }

                        continue;
                    }

                    if (fieldName is null && b == (byte)'=')
                    {
                        decoder.End();
                        decoder = default;
                        fieldName = name.TakeText();
                        inPayload = string.Equals(fieldName, OtaFieldNames.Payload, StringComparison.OrdinalIgnoreCase);
                        if (inPayload && hasPayload)
                        {
                            throw new OtaEnvelopeException("the body carries PAYLOAD twice");
                        }

                        hasPayload |= inPayload;
                        continue;
                    }

                    var decoded = decoder.Push(b);
                    if (decoded < 0)
                    {
                        continue;
                    }

                    if (fieldName is null)
                    {
                        name.Add((byte)decoded);
                    }
                    else if (!inPayload)
                    {
                        value.Add((byte)decoded);
                    }
                    else
                    {
                        output[outputCount++] = (byte)decoded;
                        payloadBytes++;
                        if (outputCount == BufferSize)
                        {
                            await payloadTarget.WriteAsync(output.AsMemory(0, outputCount), cancellationToken).ConfigureAwait(false);
                            outputCount = 0;
                        }
                    }
                }

                // The payload target sees the value as it streams, not only at the next '&'.
                if (outputCount > 0)
                {
                    await payloadTarget.WriteAsync(output.AsMemory(0, outputCount), cancellationToken).ConfigureAwait(false);
                    outputCount = 0;
                }
            }

            EndField();
            return new OtaEnvelopeRead(envelope, hasPayload, payloadBytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(input);
            ArrayPool<byte>.Shared.Return(output);
        }
    }

    /// <summary>
    /// Reads the <c>NAME=value</c> line form: leading whitespace of a line is ignored (the reference's
    /// example indents some lines), values are trimmed, blank lines skipped, and the value of PAYLOAD is
    /// everything after its <c>=</c> to the end of the body, byte for byte.
    /// </summary>
    public static async Task<OtaEnvelopeRead> ReadLinesAsync(Stream body, Stream payloadTarget, OtaEnvelopeLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(payloadTarget);
        ArgumentNullException.ThrowIfNull(limits);
        var envelope = new OtaEnvelope();
        var name = new BoundedBytes(limits.MaxFieldBytes);
        var value = new BoundedBytes(limits.MaxFieldBytes);
        var input = ArrayPool<byte>.Shared.Rent(BufferSize);
        var state = LineState.LineStart;
        var fieldName = string.Empty;
        var fields = 0;

        void EndLine()
        {
            var fieldValue = value.TakeText().Trim();
            if (++fields > limits.MaxFields)
            {
                throw new OtaEnvelopeException($"the envelope has more than {limits.MaxFields} fields");
            }

            envelope.Set(fieldName, fieldValue);
        }

        try
        {
            int read;
            while ((read = await body.ReadAsync(input.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                for (var i = 0; i < read; i++)
                {
                    var b = input[i];
                    switch (state)
                    {
                        case LineState.LineStart when b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n':
                            break;
                        case LineState.LineStart or LineState.Name when b == (byte)'=':
                            fieldName = name.TakeText().Trim();
                            if (fieldName.Length == 0)
                            {
                                throw new OtaEnvelopeException("a line of the body starts with '=' and names no field");
                            }

                            if (string.Equals(fieldName, OtaFieldNames.Payload, StringComparison.OrdinalIgnoreCase))
                            {
                                // The rest of this buffer, then the rest of the body, is the payload as it is.
                                await payloadTarget.WriteAsync(input.AsMemory(i + 1, read - i - 1), cancellationToken).ConfigureAwait(false);
                                var rest = await CopyRestAsync(body, payloadTarget, input, cancellationToken).ConfigureAwait(false);
                                return new OtaEnvelopeRead(envelope, HasPayload: true, read - i - 1 + rest);
                            }

                            state = LineState.Value;
                            break;
                        case LineState.LineStart or LineState.Name when b == (byte)'\n':
                            throw new OtaEnvelopeException("a line of the body is not NAME=value");
                        case LineState.LineStart or LineState.Name:
                            name.Add(b);
                            state = LineState.Name;
                            break;
                        case LineState.Value when b == (byte)'\n':
                            EndLine();
                            state = LineState.LineStart;
                            break;
                        default:
                            value.Add(b);
                            break;
                    }
                }
            }

            switch (state)
            {
                case LineState.Name:
                    throw new OtaEnvelopeException("the last line of the body is not NAME=value");
                case LineState.Value:
                    EndLine();
                    break;
            }

            return new OtaEnvelopeRead(envelope, HasPayload: false, 0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(input);
        }
    }

    private static async Task<long> CopyRestAsync(Stream body, Stream target, byte[] buffer, CancellationToken cancellationToken)
    {
        long copied = 0;
        int read;
        while ((read = await body.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
        {
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            copied += read;
        }

        return copied;
    }

    private enum LineState
    {
        LineStart,
        Name,
        Value,
    }
}
