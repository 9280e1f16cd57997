using Connectors.Oftp2.Protocol.Commands.Layouts;

namespace Connectors.Oftp2.Protocol.Commands;

/// <summary>
/// The octets an EERP or NERP signature covers (RFC 5024 §5.3.13, §5.3.14): the named fields, "each taken in
/// its entirety, including any padding", in order. Cut from the encoded command so padding is exactly the wire's.
/// </summary>
public static class ResponseSignedContent
{
    /// <summary>EERPDSN, EERPDATE, EERPTIME, EERPDEST, EERPORIG and EERPHSH; EERPUSER is not signed.</summary>
    public static byte[] For(EndToEndResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var encoded = CommandEncoder.Encode(response with { Signature = ReadOnlyMemory<byte>.Empty });
        return Concatenate(
            Field(encoded, EndToEndResponseLayout.DatasetName),
            Field(encoded, EndToEndResponseLayout.Date),
            Field(encoded, EndToEndResponseLayout.Time),
            Field(encoded, EndToEndResponseLayout.Destination),
            Field(encoded, EndToEndResponseLayout.Originator),
            response.Hash.Span);
    }

    /// <summary>NERPDSN, NERPDATE, NERPTIME, NERPDEST, NERPORIG, NERPCREA and NERPHSH.</summary>
    public static byte[] For(NegativeEndResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var encoded = CommandEncoder.Encode(response with { Signature = ReadOnlyMemory<byte>.Empty, ReasonText = "" });
        return Concatenate(
            Field(encoded, NegativeEndResponseLayout.DatasetName),
            Field(encoded, NegativeEndResponseLayout.Date),
            Field(encoded, NegativeEndResponseLayout.Time),
            Field(encoded, NegativeEndResponseLayout.Destination),
            Field(encoded, NegativeEndResponseLayout.Originator),
            Field(encoded, NegativeEndResponseLayout.Creator),
            response.Hash.Span);
    }

    private static ReadOnlySpan<byte> Field(byte[] encoded, Fields.FieldDefinition field) =>
        encoded.AsSpan(field.Position, field.Width);

    private static byte[] Concatenate(
        ReadOnlySpan<byte> first,
        ReadOnlySpan<byte> second,
        ReadOnlySpan<byte> third,
        ReadOnlySpan<byte> fourth,
        ReadOnlySpan<byte> fifth,
        ReadOnlySpan<byte> sixth,
        ReadOnlySpan<byte> seventh = default)
    {
        var content = new byte[first.Length + second.Length + third.Length + fourth.Length + fifth.Length + sixth.Length + seventh.Length];
        var target = content.AsSpan();
        Append(ref target, first);
        Append(ref target, second);
        Append(ref target, third);
        Append(ref target, fourth);
        Append(ref target, fifth);
        Append(ref target, sixth);
        Append(ref target, seventh);
        return content;
    }

    private static void Append(ref Span<byte> target, ReadOnlySpan<byte> part)
    {
        part.CopyTo(target);
        target = target[part.Length..];
    }
}
