using System;
using System.Threading;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Sample.Server.Hosting;

/// <summary>A logger provider that only counts entries at <see cref="LogLevel.Warning"/> and above (the transport logs every refusal as a warning).</summary>
public sealed class LogCounter : ILoggerProvider
{
    private long _warnings;

    /// <summary>Warnings and errors logged so far.</summary>
    public long Warnings => Interlocked.Read(ref _warnings);

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Counter(this);

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private sealed class Counter : ILogger
    {
        private readonly LogCounter _owner;

        public Counter(LogCounter owner) => _owner = owner;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Interlocked.Increment(ref _owner._warnings);
            }
        }
    }
}
