using System.Globalization;
using System.Text.RegularExpressions;
using Connectors.Sdk.Errors;

namespace Connectors.Mft.Tasks;

/// <summary>
/// Applies a destination rename rule to a file name: the regular expression's replacement with its
/// <c>${1}</c> groups, after date tokens such as <c>{yyyyMMdd}</c> are replaced by the run's start in
/// UTC. The start is the run's, not the attempt's, so a restarted run writes the same names.
/// </summary>
internal sealed partial class FileRenamer
{
    private const string Pointer = "/destination/rename";
    private readonly Regex? _search;
    private readonly string _replacement = string.Empty;

    public FileRenamer(MftRename? rule, DateTimeOffset runStart)
    {
        if (rule is null)
        {
            return;
        }

        try
        {
            _search = new Regex(rule.Search, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new ConnectorException(ConnectorErrorKind.Configuration, $"{Pointer}/search is not a valid regular expression: {e.Message}", e, propertyKeys: [Pointer + "/search"]);
        }

        var utc = runStart.UtcDateTime;

        // A one-letter custom format would read as a standard one ("d" is a short date), hence the '%'.
        _replacement = DateToken().Replace(rule.Replace, m =>
            utc.ToString(m.Groups[1].Value.Length == 1 ? "%" + m.Groups[1].Value : m.Groups[1].Value, CultureInfo.InvariantCulture));
    }

    public string Apply(string fileName)
    {
        if (_search is null)
        {
            return fileName;
        }

        var renamed = _search.Replace(fileName, _replacement);
        if (renamed.Length == 0 || renamed is "." or ".." || renamed.Contains('/', StringComparison.Ordinal) || renamed.Contains('\\', StringComparison.Ordinal))
        {
            throw new ConnectorException(
                ConnectorErrorKind.Configuration,
                $"{Pointer} turns '{fileName}' into '{renamed}', which is not a file name; fix /destination/rename/replace",
                propertyKeys: [Pointer + "/replace"]);
        }

        return renamed;
    }

    [GeneratedRegex(@"(?<!\$)\{([yMdHms]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex DateToken();
}
