using System.Text.RegularExpressions;

namespace Connectors.Oftp2.Tests.Security.Support;

/// <summary>Reads field values of one command out of an interop capture's decoded.txt.</summary>
internal static partial class DecodedListing
{
    /// <summary>
    /// The text fields (quoted values) and binary fields (hex) of the first command whose header line names
    /// <paramref name="command"/>, for example "EERP".
    /// </summary>
    public static IReadOnlyDictionary<string, string> Fields(string capture, string command)
    {
        var lines = File.ReadAllLines(SharedReference.InteropFile(capture, "decoded.txt"));
        var start = Array.FindIndex(lines, line => HeaderLine().Match(line) is { Success: true } m && m.Groups[1].Value == command);
        if (start < 0)
        {
            throw new InvalidDataException($"{capture}/decoded.txt lists no {command}");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(start + 1).TakeWhile(line => !line.StartsWith('#')))
        {
            if (TextField().Match(line) is { Success: true } text)
            {
                fields[text.Groups[1].Value] = text.Groups[2].Value;
            }
            else if (BinaryField().Match(line) is { Success: true } binary)
            {
                fields[binary.Groups[1].Value] = binary.Groups[2].Value;
            }
        }

        return fields;
    }

    [GeneratedRegex(@"^#\d+ \S+ (\w+) ")]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"^\s+(\w+)\s+'(.*)'$")]
    private static partial Regex TextField();

    [GeneratedRegex(@"^\s+(\w+)\s+\d+ bytes: ([0-9a-f]+)$")]
    private static partial Regex BinaryField();
}
