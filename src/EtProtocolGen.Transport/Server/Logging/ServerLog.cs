using System;
using System.Net;
using EtProtocolGen.Transport.Diagnostics;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Transport.Server.Logging
{
    /// <summary>The server's entries about single connections, each granted by one shared <see cref="LogThrottle"/>.</summary>
    internal sealed class ServerLog
    {
        private readonly ILogger _logger;
        private readonly LogThrottle _throttle;

        public ServerLog(ILogger logger, int entriesPerSecond)
        {
            _logger = logger;
            _throttle = new LogThrottle(logger, entriesPerSecond);
        }

        public void Opened(string connectionId, EndPoint? remote)
        {
            if (_throttle.Allow(LogLevel.Debug))
            {
                TransportLog.ConnectionOpened(_logger, connectionId, remote?.ToString());
            }
        }

        public void RefusedOnAccept(string connectionId, EndPoint? remote, RefusalReason reason)
        {
            if (_throttle.Allow(LogLevel.Warning))
            {
                TransportLog.ConnectionRefused(_logger, connectionId, remote?.ToString(), reason);
            }
        }

        public void Refused(string connectionId, RefusalReason reason, ushort opcode, long declaredLength, int refusals, int maxRefusals)
        {
            if (_throttle.Allow(LogLevel.Warning))
            {
                TransportLog.Refused(_logger, connectionId, reason, opcode, declaredLength, refusals, maxRefusals);
            }
        }

        public void Closed(string connectionId, CloseReason reason, long frames, int refusals)
        {
            if (_throttle.Allow(LogLevel.Information))
            {
                TransportLog.ConnectionClosed(_logger, connectionId, reason, frames, refusals);
            }
        }

        public void HandlerFailed(string connectionId, ushort opcode, Exception? exception)
        {
            if (_throttle.Allow(LogLevel.Error))
            {
                TransportLog.HandlerFailed(_logger, connectionId, opcode, exception);
            }
        }

        public void SlowConsumer(string connectionId, int frames, long bytes)
        {
            if (_throttle.Allow(LogLevel.Warning))
            {
                TransportLog.SlowConsumer(_logger, connectionId, frames, bytes);
            }
        }

        public void SendFailed(string connectionId, Exception? exception)
        {
            if (_throttle.Allow(LogLevel.Warning))
            {
                TransportLog.SendFailed(_logger, connectionId, exception);
            }
        }
    }
}
