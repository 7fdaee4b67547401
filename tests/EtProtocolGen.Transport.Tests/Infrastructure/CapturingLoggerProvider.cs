using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Transport.Tests.Infrastructure
{
    /// <summary>Keeps every log entry, so tests can assert what the transport logged.</summary>
    public sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<LogEntry> _entries = new ConcurrentQueue<LogEntry>();

        public IReadOnlyList<LogEntry> Entries => _entries.ToArray();

        public IReadOnlyList<LogEntry> WithEventId(int eventId) => Entries.Where(entry => entry.EventId.Id == eventId).ToArray();

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

        public void Dispose()
        {
        }

        public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception);

        private sealed class Logger : ILogger
        {
            private readonly string _category;
            private readonly ConcurrentQueue<LogEntry> _entries;

            public Logger(string category, ConcurrentQueue<LogEntry> entries)
            {
                _category = category;
                _entries = entries;
            }

            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                _entries.Enqueue(new LogEntry(_category, logLevel, eventId, formatter(state, exception), exception));
        }
    }
}
