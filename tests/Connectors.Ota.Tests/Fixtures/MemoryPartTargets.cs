using Connectors.Ota.Protocol.Multipart;

namespace Connectors.Ota.Tests.Fixtures;

/// <summary>Attachment targets in memory, for reading multipart bodies in protocol tests.</summary>
public sealed class MemoryPartTargets : IOtaPartTargets
{
    private readonly Dictionary<int, MemoryStream> _attachments = [];

    public byte[] Attachment(int index) => _attachments[index].ToArray();

    public Stream OpenAttachment(int index)
    {
        var stream = new KeptMemoryStream();
        _attachments[index] = stream;
        return stream;
    }

    /// <summary>A memory stream whose bytes stay readable after the reader disposed it.</summary>
    private sealed class KeptMemoryStream : MemoryStream
    {
        protected override void Dispose(bool disposing)
        {
        }
    }
}
