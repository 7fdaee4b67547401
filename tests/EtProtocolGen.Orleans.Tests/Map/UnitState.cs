namespace EtProtocolGen.Orleans.Tests.Map;

/// <summary>What a unit's grain keeps in grain storage.</summary>
[GenerateSerializer]
[Alias("EtProtocolGen.Orleans.Tests.UnitState")]
public sealed class UnitState
{
    [Id(0)] public string Name { get; set; } = "";

    [Id(1)] public int X { get; set; }

    [Id(2)] public int Steps { get; set; }
}
