using System.Buffers;
using Connectors.Oftp2.Protocol.Commands.Values;

namespace Connectors.Oftp2.Protocol.Files;

/// <summary>
/// T files, whose lines are delimited by CR LF (RFC 5024 §1.5.3). Senders map them two ways: the whole text,
/// CR LF included, as one record (Appendix A), or one line per record without its line end. Octets are written as
/// received; a record that closes without CR LF is a line whose CR LF is restored when another record follows,
/// or at the end when the file had more than one record. Appendix A files so come out byte for byte.
/// </summary>
internal sealed class TextFileDecoder(IBufferWriter<byte> output, long unitCount)
    : VirtualFileDecoder(output, VirtualFileFormat.Text, 0, unitCount)
{
    private static ReadOnlySpan<byte> LineEnd => "\r\n"u8;

    private bool _lineEndPending;
    private bool _recordEndsWithLineEnd;
    private byte _lastOctet;
    private long _records;

    public override void Complete()
    {
        if (_lineEndPending && _records > 1)
        {
            Output.Write(LineEnd);
        }

        _lineEndPending = false;
    }

    private protected override void Append(ReadOnlySpan<byte> octets, bool endOfRecord)
    {
        if (_lineEndPending && (!octets.IsEmpty || endOfRecord))
        {
            Output.Write(LineEnd);
            _lineEndPending = false;
        }

        if (!octets.IsEmpty)
        {
            Output.Write(octets);
            _recordEndsWithLineEnd = octets.Length >= 2
                ? octets.EndsWith(LineEnd)
                : _lastOctet == '\r' && octets[0] == '\n';
            _lastOctet = octets[^1];
        }

        if (endOfRecord)
        {
            _records++;
            _lineEndPending = !_recordEndsWithLineEnd;
            _recordEndsWithLineEnd = false;
            _lastOctet = 0;
        }
    }
}
