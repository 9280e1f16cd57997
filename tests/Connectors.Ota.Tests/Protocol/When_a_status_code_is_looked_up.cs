using Connectors.Ota.Protocol.Status;

namespace Connectors.Ota.Tests.Protocol;

public sealed class When_a_status_code_is_looked_up
{
    [Theory]
    [InlineData(1000, OtaStatusCategory.Success)]
    [InlineData(2000, OtaStatusCategory.Retryable)]
    [InlineData(2001, OtaStatusCategory.Retryable)]
    [InlineData(3000, OtaStatusCategory.Rejected)]
    [InlineData(3001, OtaStatusCategory.Rejected)]
    [InlineData(3002, OtaStatusCategory.Authentication)]
    [InlineData(3003, OtaStatusCategory.Authentication)]
    [InlineData(3004, OtaStatusCategory.Rejected)]
    [InlineData(3005, OtaStatusCategory.Rejected)]
    [InlineData(3100, OtaStatusCategory.Rejected)]
    [InlineData(3101, OtaStatusCategory.Rejected)]
    [InlineData(3102, OtaStatusCategory.Rejected)]
    [InlineData(3200, OtaStatusCategory.Authentication)]
    [InlineData(3201, OtaStatusCategory.Authentication)]
    [InlineData(4000, OtaStatusCategory.SenderFailure)]
    [InlineData(4001, OtaStatusCategory.SenderFailure)]
    [InlineData(4002, OtaStatusCategory.SenderFailure)]
    [InlineData(4003, OtaStatusCategory.SenderFailure)]
    public void Each_code_of_Oracles_table_means_what_the_table_says(int code, OtaStatusCategory category)
    {
        var status = OtaStatusCodes.Find(code);

        Assert.True(status is not null, $"{code} is missing from the table");
        Assert.True(status!.Category == category, $"{code} is {status.Category}, not {category}");
        Assert.True(status.Name.Length > 0 && status.Description.Length > 0, $"{code} has no name or description");
    }

    [Theory]
    [InlineData(2999, OtaStatusCategory.Retryable)]
    [InlineData(3999, OtaStatusCategory.Rejected)]
    public void A_code_not_in_the_table_is_judged_by_its_thousands(int code, OtaStatusCategory category)
    {
        Assert.True(OtaStatusCodes.CategoryOf(code) == category, $"{code} is judged {OtaStatusCodes.CategoryOf(code)}, not {category}");
    }

    [Fact]
    public void The_table_lists_each_code_once_in_order()
    {
        var codes = OtaStatusCodes.All.Select(s => s.Code).ToList();

        Assert.True(codes.SequenceEqual(codes.Order()), "the table is not in ascending order");
        Assert.True(codes.Distinct().Count() == codes.Count, "a code is listed twice");
        Assert.True(codes.Count == 18, $"the table lists {codes.Count} codes, not the 18 served here");
    }
}
