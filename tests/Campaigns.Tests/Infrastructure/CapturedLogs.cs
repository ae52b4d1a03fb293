using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Campaigns.Tests.Infrastructure;

/// <summary>Keeps every log message of warning level or above an app writes, for tests about what it tells operators.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _warnings = new();

    public IReadOnlyCollection<string> Warnings => _warnings.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(_warnings);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<string> warnings) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                warnings.Enqueue(formatter(state, exception));
            }
        }
    }
}
