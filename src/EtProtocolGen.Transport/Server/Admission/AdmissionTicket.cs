using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.RateLimiting;

namespace EtProtocolGen.Transport.Server.Admission
{
    /// <summary>
    /// The places one admitted connection holds: its place among its address's connections, until it closes, and its places
    /// among the unauthenticated connections, until it logs in, closes, or a newcomer takes its place
    /// (<see cref="UnauthenticatedPlaces"/>).
    /// </summary>
    internal sealed class AdmissionTicket : IDisposable
    {
        private const int Unauthenticated = 0;
        private const int LeftPlaces = 1;
        private const int Evicted = 2;

        // Stands in for the close action once the ticket is evicted, so an action attached later runs at once.
        private static readonly Action EvictedMark = static () => { };

        private readonly RateLimitLease? _connection;
        private readonly RateLimitLease? _unauthenticatedHere;
        private readonly UnauthenticatedPlaces _places;
        private Action? _close;
        private int _state;
        private int _closed;

        public AdmissionTicket(RateLimitLease? connection, RateLimitLease? unauthenticatedHere, UnauthenticatedPlaces places)
        {
            _connection = connection;
            _unauthenticatedHere = unauthenticatedHere;
            _places = places;
        }

        /// <summary>True once <see cref="Authenticated"/> has given back the unauthenticated places.</summary>
        public bool IsAuthenticated => Volatile.Read(ref _state) == LeftPlaces;

        /// <summary>True once a newcomer has taken this connection's unauthenticated place; the connection is being closed.</summary>
        public bool IsEvicted => Volatile.Read(ref _state) == Evicted;

        // The ticket's place in UnauthenticatedPlaces; guarded by its lock.
        internal long Accepted { get; set; }

        internal UnauthenticatedPlaces.PlaceGroup? PlaceGroup { get; set; }

        internal LinkedListNode<AdmissionTicket>? PlaceNode { get; set; }

        /// <summary>Gives back the unauthenticated places, once; safe to call from the read loop and a timer at the same time.</summary>
        public void Authenticated()
        {
            if (Interlocked.CompareExchange(ref _state, LeftPlaces, Unauthenticated) == Unauthenticated)
            {
                _unauthenticatedHere?.Dispose();
                _places.Leave(this);
            }
        }

        /// <summary>
        /// Runs <paramref name="close"/> when a newcomer takes this connection's unauthenticated place; at once when one already
        /// has. Set once, when the connection's loop exists.
        /// </summary>
        public void OnEvicted(Action close)
        {
            if (Interlocked.CompareExchange(ref _close, close, null) is not null)
            {
                close();
            }
        }

        /// <summary>
        /// Called by the admission once <see cref="UnauthenticatedPlaces"/> has given this connection's place to a newcomer:
        /// gives back its place among its address's unauthenticated connections and closes it. Nothing when it logged in meanwhile.
        /// </summary>
        public void Evict()
        {
            if (Interlocked.CompareExchange(ref _state, Evicted, Unauthenticated) == Unauthenticated)
            {
                _unauthenticatedHere?.Dispose();
                Interlocked.Exchange(ref _close, EvictedMark)?.Invoke();
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
