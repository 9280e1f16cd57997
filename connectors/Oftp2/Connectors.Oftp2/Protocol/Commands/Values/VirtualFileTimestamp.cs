namespace Connectors.Oftp2.Protocol.Commands.Values;

/// <summary>
/// The date and time stamp that, with the dataset name, identifies a virtual file (RFC 5024 §1.5.2):
/// CCYYMMDD and HHMMSScccc, where the counter cccc gives a resolution finer than a second.
/// </summary>
public readonly record struct VirtualFileTimestamp
{
    public const int MaximumCounter = 9999;

    public VirtualFileTimestamp(DateOnly date, TimeOnly time, int counter)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(counter);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(counter, MaximumCounter);
        Date = date;
        // The wire carries whole seconds; the counter stands for anything finer.
        Time = new TimeOnly(time.Hour, time.Minute, time.Second);
        Counter = counter;
    }

    public DateOnly Date { get; }

    public TimeOnly Time { get; }

    /// <summary>The counter cccc; RFC 5024 gives 0001-9999, 0000 is accepted from partners.</summary>
    public int Counter { get; }

    /// <summary>A stamp for <paramref name="value"/> with the given counter.</summary>
    public static VirtualFileTimestamp From(DateTime value, int counter = 1) =>
        new(DateOnly.FromDateTime(value), TimeOnly.FromDateTime(value), counter);

    public DateTime ToDateTime() => Date.ToDateTime(Time);

    public override string ToString() =>
        $"{Date.Year:D4}{Date.Month:D2}{Date.Day:D2} {Time.Hour:D2}{Time.Minute:D2}{Time.Second:D2}{Counter:D4}";
}
