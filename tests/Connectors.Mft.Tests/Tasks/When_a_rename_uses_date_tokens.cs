using Connectors.Mft.Tasks;

namespace Connectors.Mft.Tests.Tasks;

public sealed class When_a_rename_uses_date_tokens
{
    private static readonly DateTimeOffset RunStart = new(2025, 1, 4, 9, 3, 7, TimeSpan.FromHours(2));

    [Theory]
    [InlineData("{yyyyMMdd}", "20250104")]
    [InlineData("{HHmmss}", "070307")]
    [InlineData("{yyyy}-{MM}-{dd}", "2025-01-04")]
    [InlineData("{d}", "4")]
    [InlineData("{yyyy-MM-dd}", "{yyyy-MM-dd}")]
    [InlineData("${1}", "report")]
    public void Tokens_are_the_run_start_in_utc_and_groups_stay_groups(string replace, string expected)
    {
        var renamer = new FileRenamer(new MftRename { Search = @"^(\w+)\.csv$", Replace = replace }, RunStart);

        var renamed = renamer.Apply("report.csv");

        Assert.True(renamed == expected, $"'{replace}' should make '{expected}', not '{renamed}'");
    }
}
