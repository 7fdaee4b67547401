using EtProtocolGen.Orleans.Grains;

namespace EtProtocolGen.Sample.Map.Units;

/// <summary>A unit as an Orleans grain, addressed by the unit's id: the map silo of the scaled-out sample hosts it.</summary>
[Alias("EtProtocolGen.Sample.Map.IUnitGrain")]
public interface IUnitGrain : IProtocolGrain
{
}
