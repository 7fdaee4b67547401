using System;
using System.Collections.Generic;
using EtProtocolGen.Orleans.Serialization;
using EtProtocolGen.Sample.Map.Units;
using EtProtocolGen.Sample.Protocol.Generated;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.Storage;

namespace EtProtocolGen.Sample.Server.Cluster;

/// <summary>What every silo of the scaled-out sample shares, and what its role changes.</summary>
public static class SiloSetup
{
    /// <summary>
    /// How long a grain call may take (Orleans' <c>ResponseTimeout</c>): a forwarded message whose unit's silo died is
    /// answered <see cref="ErrorCodes.Unavailable"/> within this.
    /// </summary>
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Localhost clustering through the realm's silo, the EtProtocolGen codec for the sample protocol, and only the grain
    /// classes of the role: the realm hosts none, the gate its <see cref="GateGrain"/>, a map the <see cref="UnitGrain"/>s
    /// (kept in <see cref="UnitFileStore"/>, files the map silos of this machine share: a development cluster; use a durable
    /// provider in production). The primary silo starts the cluster with no units.
    /// </summary>
    public static void Configure(ISiloBuilder silo, SiloSettings settings)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(settings);
        // Gateway port 0: no Orleans client connects; game clients reach the realm and the gate over the transport.
        silo.UseLocalhostClustering(settings.SiloPort, gatewayPort: 0, settings.PrimarySilo);
        silo.Services.AddSerializer(serializer => serializer.AddEtProtocolGen(ProtocolRegistry.Messages));
        silo.Configure<SiloMessagingOptions>(options => options.ResponseTimeout = ResponseTimeout);
        if (settings.IsPrimary)
        {
            UnitFileStore.Clear(settings.StateDirectory);
        }

        if (settings.Role == ServerRole.Map)
        {
            silo.Services.AddKeyedSingleton<IGrainStorage>(UnitGrain.StorageName, (provider, _) => new UnitFileStore(settings.StateDirectory, provider.GetRequiredService<Serializer>()));
        }

        HashSet<Type> hosted = settings.Role switch
        {
            ServerRole.Gate => new HashSet<Type> { typeof(GateGrain) },
            ServerRole.Map => new HashSet<Type> { typeof(UnitGrain) },
            _ => new HashSet<Type>(),
        };

        // A silo hosts only its role's grains: placement sends a unit to a map silo, the gate's grain to the gate.
        silo.Services.PostConfigure<GrainTypeOptions>(options => options.Classes.RemoveWhere(type => IsSampleGrain(type) && !hosted.Contains(type)));
    }

    private static bool IsSampleGrain(Type type) => type == typeof(GateGrain) || type == typeof(UnitGrain);
}
