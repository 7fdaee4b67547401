using System.Collections.Generic;

namespace EtProtocolGen.Transport.Server.Admission
{
    /// <summary>
    /// The server's places for connections that have not logged in yet (<see cref="ProtocolServerOptions.MaxUnauthenticatedConnections"/>),
    /// counted per remote address. While places are free a new connection takes one. When all are taken, it takes the place
    /// of the oldest unauthenticated connection of the address that holds the most places, if that address holds more than
    /// the newcomer's own address; that connection is closed (<see cref="CloseReason.UnauthenticatedEvicted"/>). Otherwise the
    /// newcomer is refused (<see cref="RefusalReason.UnauthenticatedLimit"/>).
    /// </summary>
    /// <remarks>
    /// Security: a flood from many addresses cannot lock out a player. The player's address holds one place, the flood's
    /// addresses hold more, so the player is let in and never the one closed; an address can only take places from addresses
    /// that hold more than it does, so the flood's addresses evict one another and end up holding equal shares. Only when
    /// every address of a full server holds a single place (a flood from at least <c>MaxUnauthenticatedConnections</c>
    /// addresses) is the oldest connection closed whatever its address, and a player must then log in before the flood
    /// replaces every place. Connections of exempt networks and endpoints without an IP address count as an address each.
    /// </remarks>
    internal sealed class UnauthenticatedPlaces
    {
        private readonly object _gate = new object();
        private readonly int _capacity;
        private readonly Dictionary<RemoteAddressKey, PlaceGroup> _byAddress = new Dictionary<RemoteAddressKey, PlaceGroup>();

        // The groups holding n places are in _byCount[n] (index 0 stays empty); _most is the largest n with any group.
        private readonly List<LinkedList<PlaceGroup>> _byCount = new List<LinkedList<PlaceGroup>> { new LinkedList<PlaceGroup>() };
        private int _most;
        private int _count;
        private long _accepted;

        public UnauthenticatedPlaces(int capacity) => _capacity = capacity;

        /// <summary>Places taken now.</summary>
        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _count;
                }
            }
        }

        /// <summary>
        /// Gives <paramref name="ticket"/> a place among the unauthenticated connections of <paramref name="address"/> (null:
        /// an exempt or non-IP connection, an address of its own). False when the server is full and no address holds more
        /// places than this one; <paramref name="evicted"/> is the connection whose place it took, which the caller must close.
        /// </summary>
        public bool TryTake(RemoteAddressKey? address, AdmissionTicket ticket, out AdmissionTicket? evicted)
        {
            evicted = null;
            lock (_gate)
            {
                PlaceGroup? group = null;
                if (address.HasValue)
                {
                    _byAddress.TryGetValue(address.Value, out group);
                }

                if (_count >= _capacity)
                {
                    int own = group?.Tickets.Count ?? 0;
                    if (_most <= own)
                    {
                        return false;
                    }

                    evicted = OldestOf(_byCount[_most]);
                    Remove(evicted);

                    // The victim's address may have been the newcomer's: both looked up again below.
                    group = null;
                    if (address.HasValue)
                    {
                        _byAddress.TryGetValue(address.Value, out group);
                    }
                }

                if (group is null)
                {
                    group = new PlaceGroup(address);
                    if (address.HasValue)
                    {
                        _byAddress.Add(address.Value, group);
                    }
                }

                Add(group, ticket);
                return true;
            }
        }

        /// <summary>Gives back <paramref name="ticket"/>'s place, if it still has one (it logged in or closed).</summary>
        public void Leave(AdmissionTicket ticket)
        {
            lock (_gate)
            {
                if (ticket.PlaceNode is not null)
                {
                    Remove(ticket);
                }
            }
        }

        /// <summary>The connection accepted first among the oldest connections of each group.</summary>
        private static AdmissionTicket OldestOf(LinkedList<PlaceGroup> groups)
        {
            AdmissionTicket oldest = groups.First!.Value.Tickets.First!.Value;
            foreach (PlaceGroup group in groups)
            {
                AdmissionTicket candidate = group.Tickets.First!.Value;
                if (candidate.Accepted < oldest.Accepted)
                {
                    oldest = candidate;
                }
            }

            return oldest;
        }

        private void Add(PlaceGroup group, AdmissionTicket ticket)
        {
            ticket.Accepted = ++_accepted;
            ticket.PlaceGroup = group;
            ticket.PlaceNode = group.Tickets.AddLast(ticket);
            Move(group, group.Tickets.Count);
            _count++;
        }

        private void Remove(AdmissionTicket ticket)
        {
            PlaceGroup group = ticket.PlaceGroup!;
            group.Tickets.Remove(ticket.PlaceNode!);
            ticket.PlaceNode = null;
            ticket.PlaceGroup = null;
            Move(group, group.Tickets.Count);
            if (group.Tickets.Count == 0 && group.Address.HasValue)
            {
                _byAddress.Remove(group.Address.Value);
            }

            _count--;
        }

        /// <summary>Files <paramref name="group"/> under the number of places it now holds (0: nowhere).</summary>
        private void Move(PlaceGroup group, int places)
        {
            if (group.CountNode is not null)
            {
                group.CountNode.List!.Remove(group.CountNode);
                group.CountNode = null;
            }

            if (places > 0)
            {
                while (_byCount.Count <= places)
                {
                    _byCount.Add(new LinkedList<PlaceGroup>());
                }

                group.CountNode = _byCount[places].AddLast(group);
                if (places > _most)
                {
                    _most = places;
                }
            }

            while (_most > 0 && _byCount[_most].Count == 0)
            {
                _most--;
            }
        }

        /// <summary>The unauthenticated connections of one address, oldest first; guarded by the places' lock.</summary>
        internal sealed class PlaceGroup
        {
            public PlaceGroup(RemoteAddressKey? address) => Address = address;

            public RemoteAddressKey? Address { get; }

            public LinkedList<AdmissionTicket> Tickets { get; } = new LinkedList<AdmissionTicket>();

            public LinkedListNode<PlaceGroup>? CountNode { get; set; }
        }
    }
}
