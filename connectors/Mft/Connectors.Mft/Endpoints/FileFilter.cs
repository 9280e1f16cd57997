using System.Text.RegularExpressions;

namespace Connectors.Mft.Endpoints;

/// <summary>
/// A file filter as task definitions write it: <c>*</c> and <c>?</c> wildcards, several patterns separated
/// by <c>|</c> (<c>*.xml|INV_????.csv</c>). Matching is on the file name only and ignores case.
/// </summary>
public sealed class FileFilter
{
    private readonly Regex[] _patterns;

    public FileFilter(string patterns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(patterns);
        Text = patterns;
        _patterns = patterns.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => new Regex("^" + Regex.Escape(p).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            .ToArray();
    }

    public string Text { get; }

    public bool Matches(string fileName) => _patterns.Any(p => p.IsMatch(fileName));

    public override string ToString() => Text;
}
