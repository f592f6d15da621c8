using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CastingAgency.IntegrationTests.Security;

/// <summary>Keeps every log record (category, level, rendered message, structured values, exception text).</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogRecord> _records = new();

    public IReadOnlyCollection<LogRecord> Records => _records.ToArray();

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _records);

    public void Dispose()
    {
    }

    public sealed record LogRecord(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, string?> Values, string? Exception)
    {
        /// <summary>Everything the record would put in a log sink.</summary>
        public string AllText => $"{Category} {Message} {string.Join(" ", Values.Select(v => $"{v.Key}={v.Value}"))} {Exception}";
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<LogRecord> records) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => Convert.ToString(g.First().Value, System.Globalization.CultureInfo.InvariantCulture))
                : new Dictionary<string, string?>();
            records.Enqueue(new LogRecord(category, logLevel, formatter(state, exception), values, exception?.ToString()));
        }
    }
}
