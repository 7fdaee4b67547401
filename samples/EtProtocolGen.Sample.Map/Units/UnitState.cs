using System.Collections.Generic;
using EtProtocolGen.Sample.Protocol;

namespace EtProtocolGen.Sample.Map.Units;

/// <summary>
/// One player's unit: where it is and what it carries. Kept in grain storage by <see cref="UnitGrain"/>; its
/// <see cref="Vector3Info"/> and <see cref="ItemInfo"/> fields are generated messages, serialized by the EtProtocolGen codec.
/// </summary>
[GenerateSerializer]
[Alias("EtProtocolGen.Sample.Map.UnitState")]
public sealed class UnitState
{
    /// <summary>The unit's id (the sample uses the player's id, as ET does).</summary>
    [Id(0)] public long UnitId { get; set; }

    /// <summary>The map it is in.</summary>
    [Id(1)] public int MapId { get; set; }

    /// <summary>True while its player is connected and in the map.</summary>
    [Id(2)] public bool InMap { get; set; }

    /// <summary>Where it stands.</summary>
    [Id(3)] public Vector3Info Position { get; set; }

    /// <summary>Every stack of items it carries.</summary>
    [Id(4)] public List<ItemInfo> Items { get; set; } = new();

    /// <summary>The bag each item is in, by item id.</summary>
    [Id(5)] public Dictionary<long, int> BagOf { get; set; } = new();

    /// <summary>The last item id given out for this unit.</summary>
    [Id(6)] public long LastItemId { get; set; }
}
