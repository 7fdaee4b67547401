using System;
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
    /// Resolved on each use: the realm starts before the gate's silo joins, and until then the cluster's manifest knows no
    /// silo that hosts <see cref="IGateGrain"/>.
    /// </remarks>
    public IRpcCaller Gate => _grains.GetGrain<IGateGrain>(GateId).As(Self);

    /// <inheritdoc />
    public IProtocolGrain Unit(long unitId) => _grains.GetGrain<IUnitGrain>(unitId);
}
