using System.Threading.Tasks;

namespace EtProtocolGen.Sample.Map.Units;

/// <summary>Where a unit lives: an Orleans grain (<see cref="UnitGrain"/>) or the one-process server's <see cref="LocalMap"/>.</summary>
public interface IUnitHost
{
    /// <summary>The unit's state.</summary>
    UnitState State { get; }

    /// <summary>Persists <see cref="State"/> (grain storage for a grain; nothing to do in process).</summary>
    Task SaveAsync();
}
