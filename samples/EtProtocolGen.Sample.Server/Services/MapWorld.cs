using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using EtProtocolGen.Sample.Protocol;

namespace EtProtocolGen.Sample.Server.Services;

/// <summary>The map server's state: one unit per player in a map, and each player's bags.</summary>
public sealed class MapWorld
{
    /// <summary>Path steps the pathfinder returns at most.</summary>
    public const int MaxPathPoints = 8;

    private readonly ConcurrentDictionary<long, Unit> _unitsByPlayer = new();
    private readonly ConcurrentDictionary<long, Bags> _bags = new();
    private long _lastUnitId = 1_000_000;
    private long _lastItemId;

    /// <summary>Creates (or returns) the unit of <paramref name="playerId"/> in <paramref name="mapId"/>, at the map's spawn point.</summary>
    public Unit CreateUnit(long playerId, int mapId) =>
        _unitsByPlayer.GetOrAdd(playerId, id => new Unit(Interlocked.Increment(ref _lastUnitId), id, mapId, new Vector3Info { X = 0, Y = 0, Z = 0 }));

    /// <summary>Removes unit <paramref name="unitId"/> of a player who left; a newer unit of the same player stays.</summary>
    public bool RemoveUnit(long playerId, long unitId) =>
        _unitsByPlayer.TryGetValue(playerId, out Unit? unit) && unit.UnitId == unitId && _unitsByPlayer.TryRemove(new KeyValuePair<long, Unit>(playerId, unit));

    /// <summary>The unit of <paramref name="playerId"/>, or null.</summary>
    public Unit? FindUnit(long playerId) => _unitsByPlayer.GetValueOrDefault(playerId);

    /// <summary>
    /// Walks the unit towards <paramref name="target"/> in a straight line (the sample's pathfinder), moves it there, and
    /// returns the points of the path.
    /// </summary>
    public List<Vector3Info> Walk(Unit unit, Vector3Info target)
    {
        Vector3Info from = unit.Position;
        double dx = target.X - from.X, dy = target.Y - from.Y, dz = target.Z - from.Z;
        double distance = Math.Sqrt(dx * dx + dy * dy + dz * dz);
        int steps = Math.Clamp((int)Math.Ceiling(distance / 5.0), 1, MaxPathPoints);
        var points = new List<Vector3Info>(steps);
        for (int i = 1; i <= steps; i++)
        {
            double t = (double)i / steps;
            points.Add(new Vector3Info { X = (float)(from.X + dx * t), Y = (float)(from.Y + dy * t), Z = (float)(from.Z + dz * t) });
        }

        unit.Position = target;
        return points;
    }

    /// <summary>The items in <paramref name="bag"/> of <paramref name="playerId"/>; a new player starts with a few in bag 0.</summary>
    public List<ItemInfo> GetItems(long playerId, int bag)
    {
        Bags bags = BagsOf(playerId);
        lock (bags)
        {
            var copy = new List<ItemInfo>();
            foreach (ItemInfo item in bags.Items)
            {
                if (bags.BagOf[item.ItemId] == bag)
                {
                    copy.Add(new ItemInfo { ItemId = item.ItemId, ConfigId = item.ConfigId, Count = item.Count });
                }
            }

            return copy;
        }
    }

    /// <summary>
    /// Adds a stack of items to bag 0 of <paramref name="playerId"/>; false when the bag already holds
    /// <see cref="M2C_Inventory.MaxItems"/> stacks, the most one <see cref="M2C_Inventory"/> may carry (a bag the server could
    /// not send in full would be a bag the client must refuse).
    /// </summary>
    public bool TryAddItem(long playerId, int configId, int count, out long itemId)
    {
        Bags bags = BagsOf(playerId);
        lock (bags)
        {
            if (bags.CountIn(0) >= M2C_Inventory.MaxItems)
            {
                itemId = 0;
                return false;
            }

            itemId = bags.Add(Interlocked.Increment(ref _lastItemId), configId, count, 0);
            return true;
        }
    }

    private Bags BagsOf(long playerId) => _bags.GetOrAdd(playerId, _ =>
    {
        var bags = new Bags();
        bags.Add(Interlocked.Increment(ref _lastItemId), configId: 1001, count: 1, bag: 0);   // a sword
        bags.Add(Interlocked.Increment(ref _lastItemId), configId: 2001, count: 20, bag: 0);  // potions
        return bags;
    });

    /// <summary>A player's unit in a map.</summary>
    public sealed class Unit
    {
        private readonly object _gate = new();
        private Vector3Info _position;

        internal Unit(long unitId, long playerId, int mapId, Vector3Info position)
        {
            UnitId = unitId;
            PlayerId = playerId;
            MapId = mapId;
            _position = position;
        }

        /// <summary>The unit's id.</summary>
        public long UnitId { get; }

        /// <summary>Its player.</summary>
        public long PlayerId { get; }

        /// <summary>Its map.</summary>
        public int MapId { get; }

        /// <summary>Where it stands.</summary>
        public Vector3Info Position
        {
            get
            {
                lock (_gate)
                {
                    return _position;
                }
            }

            set
            {
                lock (_gate)
                {
                    _position = value;
                }
            }
        }
    }

    private sealed class Bags
    {
        public List<ItemInfo> Items { get; } = new();

        public Dictionary<long, int> BagOf { get; } = new();

        public int CountIn(int bag)
        {
            int count = 0;
            foreach (int itemBag in BagOf.Values)
            {
                if (itemBag == bag)
                {
                    count++;
                }
            }

            return count;
        }

        public long Add(long itemId, int configId, int count, int bag)
        {
            Items.Add(new ItemInfo { ItemId = itemId, ConfigId = configId, Count = count });
            BagOf[itemId] = bag;
            return itemId;
        }
    }
}
