using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Connectors.Host.Cli;

/// <summary>
/// Writes log lines to a text writer: the console when run as a command, a buffer when run in-process.
/// The console logger of Microsoft.Extensions.Logging always writes to the process's console, which
/// would make the output of an in-process run unobservable.
/// </summary>
internal sealed class TextWriterLoggerProvider(TextWriter writer, bool includeExceptionDetails) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(writer, ShortName(categoryName), includeExceptionDetails);

    public void Dispose()
    {
    }

    // Connectors.Host.Serving.ListenerService reads better as ListenerService in a console.
    private static string ShortName(string category)
    {
        var generic = category.IndexOf('[', StringComparison.Ordinal);
        var plain = generic < 0 ? category : category[..generic];
        var dot = plain.LastIndexOf('.');
        return dot < 0 ? plain : plain[(dot + 1)..];
    }

    private sealed class Logger(TextWriter writer, string category, bool includeExceptionDetails) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var line = string.Create(
                CultureInfo.InvariantCulture,
                $"{DateTimeOffset.Now:HH:mm:ss} {Level(logLevel)} {category}: {formatter(state, exception)}");
            if (exception is not null)
            {
                line += includeExceptionDetails ? Environment.NewLine + exception : $" ({exception.Message})";
            }

            // The writer is shared by concurrent listeners; one call per line keeps lines whole.
            lock (writer)
            {
                writer.WriteLine(line);
                writer.Flush();
            }
        }

        private static string Level(LogLevel level) => level switch
        {
            LogLevel.Trace => "trce",
            LogLevel.Debug => "dbug",
            LogLevel.Information => "info",
            LogLevel.Warning => "warn",
            LogLevel.Error => "fail",
            _ => "crit",
        };
    }
}
