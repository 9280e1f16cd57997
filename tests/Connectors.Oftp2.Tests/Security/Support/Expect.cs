namespace Connectors.Oftp2.Tests.Security.Support;

/// <summary>Assertions that say what broke when they fail.</summary>
internal static class Expect
{
    public static async Task<TException> FailureAsync<TException>(Func<Task> action, string because)
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
            Assert.Fail($"{because}: expected {typeof(TException).Name}, got {other.GetType().Name}: {other.Message}");
        }

        Assert.Fail($"{because}: expected {typeof(TException).Name}, but nothing was thrown");
        return null!;
    }

    public static TException Failure<TException>(Action action, string because)
        where TException : Exception
    {
        try
        {
            action();
        }
        catch (TException expected)
        {
            return expected;
        }
        catch (Exception other)
        {
            Assert.Fail($"{because}: expected {typeof(TException).Name}, got {other.GetType().Name}: {other.Message}");
        }

        Assert.Fail($"{because}: expected {typeof(TException).Name}, but nothing was thrown");
        return null!;
    }

    public static void SameOctets(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual, string what)
    {
        if (expected.SequenceEqual(actual))
        {
            return;
        }

        var common = Math.Min(expected.Length, actual.Length);
        var first = 0;
        while (first < common && expected[first] == actual[first])
        {
            first++;
        }

        Assert.Fail($"{what}: expected {expected.Length} octets, got {actual.Length}; first difference at offset {first}");
    }
}
