using EtProtocolGen.Orleans.Grains;

namespace EtProtocolGen.Orleans.Tests.Map;

/// <summary>A unit, addressed by its id.</summary>
[Alias("EtProtocolGen.Orleans.Tests.IUnitGrain")]
public interface IUnitGrain : IProtocolGrain
{
}
