using Connectors.Mft.Endpoints.Curl;

namespace Connectors.Mft.Tests.Endpoints.Curl;

public sealed class When_parsing_directory_listings
{
    private static readonly DateTimeOffset Now = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("-rw-r--r--    1 1001     0               6 Nov 23 15:28 a.txt", "a.txt", 6, "2025-11-23T15:28:00+00:00")]
    [InlineData("-rw-r--r--    1 mft-test mft-test     3526 Apr 18  2025 .bashrc", ".bashrc", 3526, "2025-04-18T00:00:00+00:00")]
    [InlineData("-rw-r--r--    1 user group  12 Jan 10 11:00 name with  spaces.csv", "name with  spaces.csv", 12, "2026-01-10T11:00:00+00:00")]
    [InlineData("11-23-25  03:28PM                 1234 report.xml", "report.xml", 1234, "2025-11-23T15:28:00+00:00")]
    public void A_file_line_gives_its_name_size_and_time(string line, string name, long size, string modified)
    {
        var file = DirectoryListingParser.ParseFile(line, Now);

        Assert.True(file is not null, $"'{line}' was not read as a file");
        Assert.True(file.Value.Name == name, $"name '{file.Value.Name}', not '{name}'");
        Assert.True(file.Value.Size == size, $"size {file.Value.Size}, not {size}");
        Assert.True(file.Value.Modified == DateTimeOffset.Parse(modified, System.Globalization.CultureInfo.InvariantCulture), $"time {file.Value.Modified}, not {modified}");
    }

    [Theory]
    [InlineData("drwxr-xr-x    2 mft-test mft-test     4096 Nov 23 15:28 archive")]
    [InlineData("lrwxrwxrwx    1 root     root            7 Nov 23 15:28 link -> target")]
    [InlineData("11-23-25  03:28PM       <DIR>          folder")]
    [InlineData("total 12")]
    public void Folders_links_and_other_lines_are_not_files(string line)
    {
        Assert.True(DirectoryListingParser.ParseFile(line, Now) is null, $"'{line}' was read as a file");
    }
}
