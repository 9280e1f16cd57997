using Microsoft.Extensions.Logging;

namespace Connectors.Sdk.Conformance;

/// <summary>One log call or scope as any log sink could show it: the message, the structured values and the exception.</summary>
/// <param name="Category">The logger's category, usually the class that logged.</param>
/// <param name="Level">The level; <see cref="LogLevel.None"/> for a scope.</param>
/// <param name="Message">The formatted message, or the scope's text.</param>
/// <param name="Values">The structured values, as text, that a structured sink would store beside the message.</param>
/// <param name="Exception">The logged exception's full text, when there was one.</param>
public sealed record CapturedLogEntry(
    string Category,
    LogLevel Level,
    string Message,
    IReadOnlyList<KeyValuePair<string, string?>> Values,
    string? Exception)
{
    /// <summary>Everything in the entry in one text, for searching it.</summary>
    public string AllText =>
        string.Join(
            Environment.NewLine,
            new[] { Message, Exception }.Concat(Values.Select(v => $"{v.Key}={v.Value}")).Where(t => t is not null));

    public override string ToString() => $"[{Level}] {Category}: {Message}";
}
