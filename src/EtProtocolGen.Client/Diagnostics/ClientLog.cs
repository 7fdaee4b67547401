using System;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Client.Diagnostics
{
    /// <summary>The client's log messages. Server-controlled values are logged as numbers only, never as text.</summary>
    internal static partial class ClientLog
    {
        [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "{ConnectionName} closed: {Reason} after {Frames} frames and {Refusals} refusals.")]
        public static partial void ConnectionClosed(ILogger logger, string connectionName, CloseReason reason, long frames, int refusals);

        [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "{ConnectionName}: the callback for opcode {Opcode} failed.")]
        public static partial void CallbackFailed(ILogger logger, string connectionName, ushort opcode, Exception? exception);

        [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "{ConnectionName} refused a message from the server: {Reason} (opcode {Opcode}, declared length {DeclaredLength}).")]
        public static partial void Refused(ILogger logger, string connectionName, RefusalReason reason, ushort opcode, long declaredLength);
    }
}
