using System;
using Orleans.Runtime;
using EtProtocolGen.Orleans.Grains;
using EtProtocolGen.Sample.Map.Units;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Server.Services;

namespace EtProtocolGen.Sample.Server.Cluster;

/// <summary>The scaled-out sample's directory: the gate and the units are grains on their own silos.</summary>
public sealed class ClusterDirectory : IServerDirectory
{
    /// <summary>The sample's only gate.</summary>
    public const long GateId = 1;

    private readonly IGrainFactory _grains;

    /// <summary>Creates the directory of <paramref name="role"/>'s silo.</summary>
    public ClusterDirectory(IGrainFactory grains, ServerRole role)
    {
        _grains = grains ?? throw new ArgumentNullException(nameof(grains));
        Self = ProtocolIdentity.Server(role.ToString().ToLowerInvariant(), Roles.Server);
    }

    /// <inheritdoc />
    public ProtocolIdentity Self { get; }

    /// <inheritdoc />
    /// <remarks>
    /// Built from the gate's grain type and id, as <see cref="Unit"/> is: the realm starts before the gate's silo joins, and
    /// until then a login's call to the gate ends in <see cref="ErrorCodes.Unavailable"/> (the player may retry), not in
    /// an exception from resolving <see cref="IGateGrain"/> to a class no known silo hosts.
    /// </remarks>
    public IRpcCaller Gate => Reference<IGateGrain>(GateGrain.GrainTypeName, GateId).As(Self);

    /// <inheritdoc />
    /// <remarks>
    /// Built from the unit grain type and the id rather than resolved from <see cref="IUnitGrain"/>: with no map silo in the
    /// cluster the interface resolves to no class and <c>GetGrain&lt;IUnitGrain&gt;(unitId)</c> throws, so entering the map
    /// failed with <see cref="ErrorCodes.InternalError"/>; this reference reaches Orleans' placement, which finds no silo,
    /// and the call ends in <see cref="ErrorCodes.Unavailable"/> until a map joins.
    /// </remarks>
    public IProtocolGrain Unit(long unitId) => Reference<IUnitGrain>(UnitGrain.GrainTypeName, unitId);

    private TGrain Reference<TGrain>(string grainType, long id)
        where TGrain : IProtocolGrain =>
        _grains.GetGrain<TGrain>(GrainId.Create(GrainType.Create(grainType), GrainIdKeyExtensions.CreateIntegerKey(id)));
}
