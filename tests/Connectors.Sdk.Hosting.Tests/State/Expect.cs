using Xunit.Sdk;

namespace Connectors.Sdk.Hosting.Tests.State;

/// <summary>Assertions that always say what broke, in the words of the behaviour under test.</summary>
internal static class Expect
{
    public static void Equal<T>(T expected, T actual, string whatBroke)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new XunitException($"{whatBroke}{Environment.NewLine}Expected: {expected}{Environment.NewLine}Actual:   {actual}");
        }
    }

    public static void True(bool condition, string whatBroke)
    {
        if (!condition)
        {
            throw new XunitException(whatBroke);
        }
    }

    public static T NotNull<T>(T? value, string whatBroke)
        where T : class =>
        value ?? throw new XunitException(whatBroke);

    public static void Null<T>(T? value, string whatBroke)
        where T : class
    {
        if (value is not null)
        {
            throw new XunitException($"{whatBroke}{Environment.NewLine}Actual: {value}");
        }
    }

    public static void Sequence<T>(IEnumerable<T> expected, IEnumerable<T> actual, string whatBroke)
    {
        var expectedList = expected.ToList();
        var actualList = actual.ToList();
        if (!expectedList.SequenceEqual(actualList))
        {
            throw new XunitException(
                $"{whatBroke}{Environment.NewLine}Expected: [{string.Join(", ", expectedList)}]{Environment.NewLine}Actual:   [{string.Join(", ", actualList)}]");
        }
    }

    public static void SameEntries(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual, string whatBroke)
    {
        static string Show(IReadOnlyDictionary<string, string> values) =>
            "{" + string.Join(", ", values.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}")) + "}";

        var same = expected.Count == actual.Count
            && expected.All(pair => actual.TryGetValue(pair.Key, out var value) && value == pair.Value);
        if (!same)
        {
            throw new XunitException($"{whatBroke}{Environment.NewLine}Expected: {Show(expected)}{Environment.NewLine}Actual:   {Show(actual)}");
        }
    }

    public static async Task<TException> ThrowsAsync<TException>(Func<Task> action, string whatBroke)
        where TException : Exception
    {
        try
        {
            await action();
        }
        catch (TException expected)
        {
            return expected;
        }
        catch (Exception other)
        {
            throw new XunitException($"{whatBroke}{Environment.NewLine}Expected {typeof(TException).Name}, got {other.GetType().Name}: {other.Message}");
        }

        throw new XunitException($"{whatBroke}{Environment.NewLine}Expected {typeof(TException).Name}, nothing was thrown.");
    }
}
