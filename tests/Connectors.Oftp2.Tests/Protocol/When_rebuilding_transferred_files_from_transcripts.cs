using System.Buffers;
using System.Security.Cryptography;
using Connectors.Oftp2.Protocol.Commands;
using Connectors.Oftp2.Protocol.Files;
using Connectors.Oftp2.Tests.Protocol.Support;

namespace Connectors.Oftp2.Tests.Protocol;

/// <summary>
/// Each file of the interop sessions, rebuilt from its DATA subrecords (buffer compression included), has the
/// SHA-256 decoded.txt gives, the content of the payload file in the session folder, and the EFID counts.
/// </summary>
public sealed class When_rebuilding_transferred_files_from_transcripts
{
    public static TheoryData<string> Sessions => InteropTranscript.SessionNames;

    [Theory]
    [MemberData(nameof(Sessions))]
    public void Every_file_has_its_listed_hash(string session)
    {
        var transcript = InteropTranscript.Load(session);
        var files = Rebuild(transcript);
        Expect.Equal(transcript.Files.Count, files.Count, $"{session}: files transferred");
        foreach (var (listed, file) in transcript.Files.Zip(files))
        {
            var where = $"{session} file {listed.Number} {file.Start.DatasetName}";
            Expect.Equal(listed.Direction, file.Direction, $"{where}: direction");
            Expect.Equal(listed.Sha256, Convert.ToHexStringLower(SHA256.HashData(file.Content)), $"{where}: SHA-256 of the rebuilt file");

            var stored = StoredPayload(transcript, file.Start);
            if (stored is not null)
            {
                Expect.SameOctets(File.ReadAllBytes(stored), file.Content, $"{where}: rebuilt file against {Path.GetFileName(stored)}");
            }
        }
    }

    private static List<RebuiltFile> Rebuild(InteropTranscript transcript)
    {
        var files = new List<RebuiltFile>();
        var offers = new List<StartSession>();
        (StartFile Start, string Direction, VirtualFileDecoder Decoder, ArrayBufferWriter<byte> Output)? open = null;
        foreach (var frame in transcript.Frames)
        {
            var where = $"{transcript.Name} #{frame.Index}";
            var command = CommandDecoder.Decode(frame.ExchangeBuffer.Span);
            switch (command)
            {
                case StartSession offer:
                    offers.Add(offer);
                    break;
                case StartFile start:
                    var output = new ArrayBufferWriter<byte>();
                    open = (start, frame.Direction, VirtualFileDecoder.Create(output, start.TransmissionFormat, start.MaximumRecordLength), output);
                    break;
                case DataExchangeBuffer:
                    Assert.True(open is not null, $"{where}: DATA outside a file");
                    var compression = offers.Count == 2 && offers.All(o => o.BufferCompression);
                    open.Value.Decoder.Write(frame.ExchangeBuffer.Span, compression);
                    break;
                case EndFile end:
                    Assert.True(open is not null, $"{where}: EFID outside a file");
                    open.Value.Decoder.Complete();
                    Expect.Equal(null, open.Value.Decoder.Verify(end), $"{where}: EFID counts against the data received");
                    files.Add(new RebuiltFile(open.Value.Start, open.Value.Direction, open.Value.Output.WrittenSpan.ToArray()));
                    open = null;
                    break;
            }
        }

        return files;
    }

    /// <summary>The file as stored in the session folder: transmitted.bin for the secured file, else the DSN in lower case.</summary>
    private static string? StoredPayload(InteropTranscript transcript, StartFile start)
    {
        var name = start.TransmissionFormat != start.Format || start.Enveloping != Connectors.Oftp2.Protocol.Commands.Values.FileEnveloping.None
            ? "transmitted.bin"
            : start.DatasetName.ToLowerInvariant();
        var path = Path.Combine(transcript.Folder, name);
        return File.Exists(path) ? path : null;
    }

    private sealed record RebuiltFile(StartFile Start, string Direction, byte[] Content);
}
