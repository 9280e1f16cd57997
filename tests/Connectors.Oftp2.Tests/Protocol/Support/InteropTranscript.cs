using System.Globalization;

namespace Connectors.Oftp2.Tests.Protocol.Support;

/// <summary>One session folder of the interop vectors: its wire transcript, its decoded listing and its file hashes.</summary>
public sealed class InteropTranscript
{
    private InteropTranscript(string name, string folder, IReadOnlyList<WireFrame> frames, IReadOnlyList<ListedFrame> listing, IReadOnlyList<ListedFile> files)
    {
        Name = name;
        Folder = folder;
        Frames = frames;
        Listing = listing;
        Files = files;
    }

    public string Name { get; }

    public string Folder { get; }

    /// <summary>Every line of wire.txt: a stream transmission buffer, header included.</summary>
    public IReadOnlyList<WireFrame> Frames { get; }

    /// <summary>decoded.txt, frame by frame.</summary>
    public IReadOnlyList<ListedFrame> Listing { get; }

    /// <summary>The closing "file N: ... sha256=..." lines of decoded.txt.</summary>
    public IReadOnlyList<ListedFile> Files { get; }

    /// <summary>The session folder names, for theories.</summary>
    public static TheoryData<string> SessionNames => new(SessionFolders());

    /// <summary>The folders holding a wire.txt, by name.</summary>
    public static IReadOnlyList<string> SessionFolders() =>
        Directory.GetDirectories(InteropFolder.Locate())
            .Where(folder => File.Exists(Path.Combine(folder, "wire.txt")))
            .Select(folder => Path.GetFileName(folder))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static InteropTranscript Load(string name)
    {
        var folder = Path.Combine(InteropFolder.Locate(), name);
        return new InteropTranscript(
            name,
            folder,
            ReadWire(Path.Combine(folder, "wire.txt")),
            ReadListing(Path.Combine(folder, "decoded.txt"), out var files),
            files);
    }

    public static IEnumerable<InteropTranscript> LoadAll() =>
        SessionFolders().Select(Load);

    private static List<WireFrame> ReadWire(string path)
    {
        var frames = new List<WireFrame>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            // "<dir> <hex> |<ascii>|": the hex holds no spaces, so the second field is the whole buffer.
            var parts = line.Split(' ', 3);
            frames.Add(new WireFrame(frames.Count + 1, parts[0], Convert.FromHexString(parts[1])));
        }

        return frames;
    }

    private static List<ListedFrame> ReadListing(string path, out List<ListedFile> files)
    {
        var frames = new List<ListedFrame>();
        files = [];
        ListedFrame? current = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith('#'))
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                current = new ListedFrame(int.Parse(parts[0][1..], CultureInfo.InvariantCulture), parts[1], parts[2], []);
                frames.Add(current);
            }
            else if (line.StartsWith("       ", StringComparison.Ordinal) && current is not null && !line.Contains("subrecord headers:", StringComparison.Ordinal))
            {
                // "       %-10s %s": the name in columns 7-16, the value from column 18.
                current.Fields.Add(new ListedField(line[7..17].Trim(), line.Length > 18 ? line[18..] : ""));
            }
            else if (line.StartsWith("file ", StringComparison.Ordinal))
            {
                var number = int.Parse(line[5..line.IndexOf(':', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
                var direction = line.Split(' ')[2];
                var sha256 = line[(line.IndexOf("sha256=", StringComparison.Ordinal) + 7)..].Trim();
                files.Add(new ListedFile(number, direction, sha256));
            }
        }

        return frames;
    }
}

/// <summary>One stream transmission buffer of wire.txt.</summary>
public sealed record WireFrame(int Index, string Direction, byte[] Octets)
{
    /// <summary>The exchange buffer, without its four-octet header.</summary>
    public ReadOnlyMemory<byte> ExchangeBuffer => Octets.AsMemory(4);

    public char CommandCharacter => (char)Octets[4];
}

/// <summary>One frame of decoded.txt.</summary>
public sealed record ListedFrame(int Index, string Direction, string Command, List<ListedField> Fields)
{
    public string Value(string field) =>
        Fields.SingleOrDefault(f => f.Name == field)?.Value ?? throw new KeyNotFoundException($"decoded.txt frame {Index} lists no {field}");
}

public sealed record ListedField(string Name, string Value);

public sealed record ListedFile(int Number, string Direction, string Sha256);
