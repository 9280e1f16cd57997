namespace Connectors.Sdk.Conformance;

/// <summary>How the checks fail: one message naming the connector, what was checked, and every problem found.</summary>
internal static class ConformanceAssert
{
    public static void NoProblems(string connectorId, string subject, IReadOnlyCollection<string> problems)
    {
        if (problems.Count > 0)
        {
            Assert.Fail($"{connectorId}: {subject}:{Environment.NewLine} - {string.Join(Environment.NewLine + " - ", problems)}");
        }
    }
}
