using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Marac.Web.Tests.Infrastructure;

/// <summary>One log line as the app wrote it: the message, every structured value, the scopes and any exception.</summary>
public sealed record CapturedLog(long Number, string Category, LogLevel Level, EventId EventId, string Text)
{
    public override string ToString() => $"#{Number} {Level} {Category}[{EventId.Id}]: {Text}";
}

/// <summary>
/// A logger provider that keeps every line the app logs, so that a test can assert that no personal
/// data reaches the logs. It records more than the JSON console shows (structured values and scopes
/// as well as the rendered message), so a leak in any part of a log entry is caught.
/// </summary>
public sealed class LogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();
    private long _count;

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    /// <summary>The number of the last line written so far; pass it to <see cref="Since"/> to see only what came after.</summary>
    public long Mark() => Interlocked.Read(ref _count);

    public IReadOnlyList<CapturedLog> Since(long mark) => _entries.Where(e => e.Number > mark).ToList();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private void Add(string category, LogLevel level, EventId eventId, string text) =>
        _entries.Enqueue(new CapturedLog(Interlocked.Increment(ref _count), category, level, eventId, text));

    private sealed class CapturingLogger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = new StringBuilder(formatter(state, exception));
            AppendValues(text, state);
            owner._scopes.ForEachScope((scope, builder) =>
            {
                builder.Append(" | scope: ");
                if (!AppendValues(builder, scope))
                {
                    builder.Append(Convert.ToString(scope, CultureInfo.InvariantCulture));
                }
            }, text);
            if (exception is not null)
            {
                text.Append(" | exception: ").Append(exception);
            }
            owner.Add(category, logLevel, eventId, text.ToString());
        }

        private static bool AppendValues(StringBuilder text, object? state)
        {
            if (state is not IEnumerable<KeyValuePair<string, object?>> values)
            {
                return false;
            }
            foreach (var (key, value) in values)
            {
                text.Append(" | ").Append(key).Append('=').Append(Convert.ToString(value, CultureInfo.InvariantCulture));
            }
            return true;
        }
    }
}
