using System.Globalization;
using System.Text.RegularExpressions;

namespace Connectors.Mft.Endpoints.Curl;

/// <summary>
/// Reads the lines of an FTP LIST answer or an SFTP long listing: the Unix <c>ls -l</c> form most servers
/// send (vsftpd, ProFTPD, OpenSSH) and the DOS form of IIS. Only plain files are returned; folders and links
/// are not files a transfer can take.
/// </summary>
internal static partial class DirectoryListingParser
{
    /// <summary>The listed file's name, size and time; null for a folder, a link, or a line that is not an entry.</summary>
    public static (string Name, long Size, DateTimeOffset? Modified)? ParseFile(string line, DateTimeOffset now)
    {
        var unix = UnixLine().Match(line);
        if (unix.Success)
        {
            return unix.Groups["type"].Value != "-"
                ? null
                : (unix.Groups["name"].Value, long.Parse(unix.Groups["size"].Value, CultureInfo.InvariantCulture), UnixTime(unix, now));
        }

        var dos = DosLine().Match(line);
        if (dos.Success && dos.Groups["size"].Success)
        {
            var modified = DateTime.TryParseExact(
                dos.Groups["date"].Value + " " + dos.Groups["time"].Value,
                ["MM-dd-yy hh:mmtt", "MM-dd-yyyy hh:mmtt", "MM-dd-yy HH:mm", "MM-dd-yyyy HH:mm"],
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var time) ? new DateTimeOffset(time, TimeSpan.Zero) : (DateTimeOffset?)null;
            return (dos.Groups["name"].Value, long.Parse(dos.Groups["size"].Value, CultureInfo.InvariantCulture), modified);
        }

        return null;
    }

    /// <summary>
    /// <c>ls -l</c> shows the year only for old files; a recent one shows the time of day, and its year is the
    /// one that puts the date in the past (a day of slack for clocks and time zones).
    /// </summary>
    private static DateTimeOffset? UnixTime(Match entry, DateTimeOffset now)
    {
        var month = DateTime.ParseExact(entry.Groups["month"].Value, "MMM", CultureInfo.InvariantCulture).Month;
        var day = int.Parse(entry.Groups["day"].Value, CultureInfo.InvariantCulture);
        var clock = entry.Groups["clock"].Value;
        try
        {
            if (clock.Contains(':', StringComparison.Ordinal))
            {
                var parts = clock.Split(':');
                var time = new DateTimeOffset(now.Year, month, day, int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture), 0, TimeSpan.Zero);
                return time > now.AddDays(1) ? time.AddYears(-1) : time;
            }

            return new DateTimeOffset(int.Parse(clock, CultureInfo.InvariantCulture), month, day, 0, 0, 0, TimeSpan.Zero);
        }
        catch (ArgumentOutOfRangeException)
        {
            // 29 February of a year that has none: the size and name are still right.
            return null;
        }
    }

    [GeneratedRegex(@"^(?<type>[-dlbcps])[-rwxsStTl]{9}\S*\s+\d+\s+(?:\S+\s+){1,2}(?<size>\d+)\s+(?<month>[A-Za-z]{3})\s+(?<day>\d{1,2})\s+(?<clock>\d{1,2}:\d{2}|\d{4}) (?<name>.+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UnixLine();

    [GeneratedRegex(@"^(?<date>\d{2}-\d{2}-\d{2,4})\s+(?<time>\d{1,2}:\d{2}(?:[AP]M)?)\s+(?:<DIR>|(?<size>\d+))\s+(?<name>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex DosLine();
}
