namespace Connectors.Oftp2.Tests.Protocol.Support;

/// <summary>Assertions that always say what broke.</summary>
public static class Expect
{
    public static void Equal<T>(T expected, T actual, string what)
    {
        Assert.True(EqualityComparer<T>.Default.Equals(expected, actual), $"{what}: expected <{expected}>, got <{actual}>");
    }

    public static void SameOctets(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual, string what)
    {
        if (expected.SequenceEqual(actual))
        {
            return;
        }

        var at = expected.CommonPrefixLength(actual);
        Assert.Fail($"{what}: {expected.Length} octets expected, {actual.Length} produced, first difference at octet {at}");
    }

    /// <summary>Runs <paramref name="action"/> and returns the exception of type <typeparamref name="TException"/> it must throw.</summary>
    public static TException Throws<TException>(Action action, string what)
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
            Assert.Fail($"{what}: expected {typeof(TException).Name}, got {other.GetType().Name}: {other.Message}");
        }

        Assert.Fail($"{what}: expected {typeof(TException).Name}, nothing was thrown");
        return null!;
    }
}
