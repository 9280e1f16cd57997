using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Connectors.Oftp2.Tests.Session.Support;

/// <summary>Keeps every log line, with its exception, to check what a session writes.</summary>
internal sealed class ListLogger : ILogger
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        Lines.Enqueue($"{logLevel} {formatter(state, exception)} {exception}");
        if (state is IEnumerable<KeyValuePair<string, object?>> values)
        {
            foreach (var (key, value) in values)
            {
                Lines.Enqueue($"  {key}={value}");
            }
        }
    }
}
