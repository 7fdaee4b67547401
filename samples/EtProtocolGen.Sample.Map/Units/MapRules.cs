using System;
using System.Collections.Generic;
using EtProtocolGen.Sample.Protocol;

namespace EtProtocolGen.Sample.Map.Units;

/// <summary>The sample map's rules: spawning, the straight-line pathfinder, bags.</summary>
public static class MapRules
{
    /// <summary>Path steps the pathfinder returns at most.</summary>
    public const int MaxPathPoints = 8;

    /// <summary>Puts the unit in <paramref name="mapId"/>; a new unit starts at the spawn point with a sword and potions.</summary>
    public static void Enter(UnitState unit, long unitId, int mapId)
    {
        if (unit.UnitId == 0)
        {
            unit.UnitId = unitId;
            unit.Position = new Vector3Info { X = 0, Y = 0, Z = 0 };
            TryAddItem(unit, configId: 1001, count: 1, out _);    // a sword
            TryAddItem(unit, configId: 2001, count: 20, out _);   // potions
        }

        unit.MapId = mapId;
        unit.InMap = true;
    }

    /// <summary>
    /// Walks the unit towards <paramref name="target"/> in a straight line, moves it there, and returns the points of the path.
    /// </summary>
    public static List<Vector3Info> Walk(UnitState unit, Vector3Info target)
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

    /// <summary>Copies of the items in <paramref name="bag"/>.</summary>
    public static List<ItemInfo> GetItems(UnitState unit, int bag)
    {
        var copy = new List<ItemInfo>();
        foreach (ItemInfo item in unit.Items)
        {
            if (unit.BagOf[item.ItemId] == bag)
            {
                copy.Add(new ItemInfo { ItemId = item.ItemId, ConfigId = item.ConfigId, Count = item.Count });
            }
        }

        return copy;
    }

    /// <summary>
    /// Adds a stack of items to bag 0; false when the bag already holds <see cref="M2C_Inventory.MaxItems"/> stacks, the most
    /// one <see cref="M2C_Inventory"/> may carry (a bag the server could not send in full would be a bag the client must refuse).
    /// </summary>
    public static bool TryAddItem(UnitState unit, int configId, int count, out long itemId)
    {
        if (CountIn(unit, 0) >= M2C_Inventory.MaxItems)
        {
            itemId = 0;
            return false;
        }

        itemId = ++unit.LastItemId;
        unit.Items.Add(new ItemInfo { ItemId = itemId, ConfigId = configId, Count = count });
        unit.BagOf[itemId] = 0;
        return true;
    }

    private static int CountIn(UnitState unit, int bag)
    {
        int count = 0;
        foreach (int itemBag in unit.BagOf.Values)
        {
            if (itemBag == bag)
            {
                count++;
            }
        }

        return count;
    }
}
