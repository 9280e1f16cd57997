using System.Text;

namespace Connectors.Ota.Protocol.Envelope;

/// <summary>A growing byte buffer for one field that refuses to grow past the field limit.</summary>
internal sealed class BoundedBytes(int limit)
{
    private byte[] _bytes = new byte[Math.Min(limit, 256)];

    public int Count { get; private set; }

    public void Add(byte b)
    {
        if (Count == limit)
        {
            throw new OtaEnvelopeException($"a field of the envelope is longer than {limit} bytes");
        }

        if (Count == _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Min(limit, _bytes.Length * 2));
        }

        _bytes[Count++] = b;
    }

    /// <summary>The bytes as UTF-8 text, and empties the buffer for the next field.</summary>
    public string TakeText()
    {
        var text = Encoding.UTF8.GetString(_bytes, 0, Count);
        Count = 0;
        return text;
    }
}
