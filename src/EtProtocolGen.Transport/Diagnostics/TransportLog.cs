using System;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Transport.Diagnostics
{
    /// <summary>The transport's log messages. Peer-controlled values are logged as numbers only, never as text.</summary>
    internal static partial class TransportLog
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Connection {ConnectionId} from {RemoteEndPoint} opened.")]
        public static partial void ConnectionOpened(ILogger logger, string connectionId, string? remoteEndPoint);

        [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Connection {ConnectionId} closed: {Reason} after {Frames} frames and {Refusals} refusals.")]
        public static partial void ConnectionClosed(ILogger logger, string connectionId, CloseReason reason, long frames, int refusals);

        [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Connection {ConnectionId} refused a message: {Reason} (opcode {Opcode}, declared length {DeclaredLength}); refusal {Refusals} of {MaxRefusals}.")]
        public static partial void Refused(ILogger logger, string connectionId, RefusalReason reason, ushort opcode, long declaredLength, int refusals, int maxRefusals);

        [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Connection {ConnectionId}: the handler of opcode {Opcode} failed.")]
        public static partial void HandlerFailed(ILogger logger, string connectionId, ushort opcode, Exception? exception);

        [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Connection {ConnectionId}: sending failed or timed out; closing.")]
        public static partial void SendFailed(ILogger logger, string connectionId, Exception? exception);

        [LoggerMessage(EventId = 7, Level = LogLevel.Warning, Message = "Connection {ConnectionId} from {RemoteAddress} refused on accept: {Reason}.")]
        public static partial void ConnectionRefused(ILogger logger, string connectionId, string? remoteAddress, RefusalReason reason);

        [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "Connection {ConnectionId}: outbound queue full ({Frames} frames, {Bytes} bytes); closing the slow consumer.")]
        public static partial void SlowConsumer(ILogger logger, string connectionId, int frames, long bytes);

        [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "{Suppressed} transport log entries were not written (MaxLogEntriesPerSecond); TransportMetrics counted every refusal.")]
        public static partial void Suppressed(ILogger logger, long suppressed);
    }
}
