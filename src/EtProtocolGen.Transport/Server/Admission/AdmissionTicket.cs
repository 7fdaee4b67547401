using System;
using System.Threading;
using System.Threading.RateLimiting;

namespace EtProtocolGen.Transport.Server.Admission
{
    /// <summary>
    /// The places one admitted connection holds: its place among its address's connections, until it closes, and its places
    /// among the unauthenticated connections, until it logs in or closes.
    /// </summary>
    internal sealed class AdmissionTicket : IDisposable
    {
        private readonly RateLimitLease? _connection;
        private readonly RateLimitLease? _unauthenticatedHere;
        private readonly RateLimitLease _unauthenticated;
        private int _authenticated;
        private int _closed;

        public AdmissionTicket(RateLimitLease? connection, RateLimitLease? unauthenticatedHere, RateLimitLease unauthenticated)
        {
            _connection = connection;
            _unauthenticatedHere = unauthenticatedHere;
            _unauthenticated = unauthenticated;
        }

        /// <summary>True once <see cref="Authenticated"/> has given back the unauthenticated places.</summary>
        public bool IsAuthenticated => Volatile.Read(ref _authenticated) != 0;

        /// <summary>Gives back the unauthenticated places, once; safe to call from the read loop and a timer at the same time.</summary>
        public void Authenticated()
        {
            if (Interlocked.Exchange(ref _authenticated, 1) == 0)
            {
                _unauthenticatedHere?.Dispose();
                _unauthenticated.Dispose();
            }
        }

        /// <summary>Gives back every place, once: the connection has closed.</summary>
        public void Dispose()
        {
            Authenticated();
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                _connection?.Dispose();
            }
        }
    }
}
