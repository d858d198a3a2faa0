using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Marac.BrowserTests.Infrastructure;

/// <summary>
/// Keeps the app's warnings and errors (with exceptions) so that a failing test can say what the server
/// did: an error page in a screenshot is far easier to act on next to the exception that caused it.
/// </summary>
public sealed class ServerLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => _entries.ToArray();

    public int Count => _entries.Count;

    /// <summary>The entries written after the first <paramref name="skip"/>.</summary>
    public IReadOnlyList<string> Since(int skip) => _entries.Skip(skip).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ServerLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }
            var line = $"{logLevel} {category}: {formatter(state, exception)}";
            log._entries.Enqueue(exception is null ? line : $"{line}{Environment.NewLine}{exception}");
        }
    }
}
