using System;
using EtProtocolGen.Orleans.Grains;
using EtProtocolGen.Sample.Map.Units;
using EtProtocolGen.Sample.Protocol;

namespace EtProtocolGen.Sample.Server.Services;

/// <summary>Realm, gate and map in one process: the gate through <see cref="InnerBus"/>, units in <see cref="LocalMap"/>.</summary>
public sealed class LocalDirectory : IServerDirectory
{
    private readonly InnerBus _bus;
    private readonly LocalMap _map;

    /// <summary>Creates the directory.</summary>
    public LocalDirectory(InnerBus bus, LocalMap map)
    {
        _bus = bus ?? throw new ArgumentNullException(nameof(bus));
        _map = map ?? throw new ArgumentNullException(nameof(map));
    }

    /// <inheritdoc />
    public ProtocolIdentity Self { get; } = ProtocolIdentity.Server("in-process peer", Roles.Server);

    /// <inheritdoc />
    public IRpcCaller Gate => _bus;

    /// <inheritdoc />
    public IProtocolGrain Unit(long unitId) => _map.Unit(unitId);
}
