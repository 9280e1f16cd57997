using Xunit.Sdk;

namespace Connectors.Sdk.Testing.Tests.Fixtures;

/// <summary>Runs a conformance check that must fail, and returns its failure message.</summary>
public static class CheckFailure
{
    public static async Task<string> MessageOfAsync(Func<Task> check)
    {
        var failure = await Record.ExceptionAsync(check);
        Assert.True(
            failure is XunitException,
            $"the check should have failed with an assertion, but it {(failure is null ? "passed" : $"threw {failure.GetType().Name}: {failure.Message}")}");
        return failure!.Message;
    }
}
