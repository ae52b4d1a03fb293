using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Campaigns.Tests.Infrastructure;

/// <summary>
/// Keeps everything an app logs from <see cref="LogLevel.Debug"/> up, whatever the app's own log levels: each
/// message as formatted, with its exception in full, for tests about what never belongs in a log.
/// </summary>
public sealed class RecordedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyCollection<string> Entries => _entries.ToArray();

    /// <summary>Adds this provider to a host's logging, below any minimum level the app's settings give.</summary>
    public void AddTo(ILoggingBuilder logging) => logging.AddProvider(this).AddFilter<RecordedLogs>(null, LogLevel.Debug);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : "\n" + exception)}");
            }
        }
    }
}
