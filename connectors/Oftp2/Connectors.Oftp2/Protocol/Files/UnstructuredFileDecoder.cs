using System.Buffers;
using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Protocol.Files;

/// <summary>U files: the octets as they come; the end-of-record flag only marks the end of the file (RFC 5024 §7.2).</summary>
internal sealed class UnstructuredFileDecoder(IBufferWriter<byte> output, long unitCount)
    : VirtualFileDecoder(output, VirtualFileFormat.Unstructured, 0, unitCount)
{
    private protected override void Append(ReadOnlySpan<byte> octets, bool endOfRecord) => Output.Write(octets);
}
