using System;
using System.Threading;
using EtProtocolGen.Transport.Diagnostics;

namespace EtProtocolGen.Transport.Server.Admission
{
    /// <summary>
    /// Closes a connection whose session has not authenticated <see cref="ProtocolServerOptions.LoginTimeout"/> after it was
    /// accepted, and gives back its unauthenticated places as soon as it has. Frames handled meanwhile do not move the
    /// deadline, so cheap anonymous messages cannot hold a place for ever.
    /// </summary>
    internal sealed class LoginDeadline : IDisposable
    {
        private readonly IProtocolSession _session;
        private readonly AdmissionTicket _ticket;
        private readonly ProtocolConnection _connection;
        private readonly Timer? _timer;

        public LoginDeadline(IProtocolSession session, AdmissionTicket ticket, ProtocolConnection connection, TimeSpan timeout)
        {
            _session = session;
            _ticket = ticket;
            _connection = connection;
            if (!Check())
            {
                _timer = new Timer(static state => ((LoginDeadline)state!).Expire(), this, timeout, Timeout.InfiniteTimeSpan);
            }
        }

        /// <summary>True once the session has authenticated; the first time, gives back its unauthenticated places.</summary>
        public bool Check()
        {
            if (_ticket.IsAuthenticated)
            {
                return true;
            }

            if (!_session.IsAuthenticated)
            {
                return false;
            }

            _ticket.Authenticated();
            _timer?.Dispose();
            return true;
        }

        public void Dispose() => _timer?.Dispose();

        private void Expire()
        {
            if (!Check())
            {
                _connection.Close(CloseReason.LoginTimeout);
            }
        }
    }
}
