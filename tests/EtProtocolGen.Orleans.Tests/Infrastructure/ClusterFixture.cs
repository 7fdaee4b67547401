using System;
using System.Threading.Tasks;
using EtProtocolGen.Orleans.Serialization;
using EtProtocolGen.Orleans.Tests.Generated;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;

namespace EtProtocolGen.Orleans.Tests.Infrastructure;

/// <summary>
/// An in-process Orleans cluster of the test protocol's unit grains on loopback: silos and the test's client serialize
/// generated messages with <see cref="ProtocolMessageCodec"/>, units keep state in a <see cref="SharedGrainStore"/>, calls
/// time out after <see cref="ResponseTimeout"/>, and a dead silo is noticed within a few seconds.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>The grain storage units use.</summary>
    public const string StorageName = "units";

    /// <summary>How long a grain call may take before it fails (Orleans' ResponseTimeout, silos and client).</summary>
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(5);

    private readonly short _silos;
    private readonly Action<ISiloBuilder>? _configureSilo;

    /// <summary>A cluster of two silos.</summary>
    public ClusterFixture()
        : this(2, null)
    {
    }

    private ClusterFixture(short silos, Action<ISiloBuilder>? configureSilo)
    {
        _silos = silos;
        _configureSilo = configureSilo;
    }

    /// <summary>The cluster, once started.</summary>
    public InProcessTestCluster Cluster { get; private set; } = null!;

    /// <summary>The storage every silo shares.</summary>
    public SharedGrainStore Store { get; } = new();

    /// <summary>The cluster's client: the test's gate.</summary>
    public IClusterClient Client => Cluster.Client;

    /// <summary>
    /// Starts a cluster of <paramref name="silos"/> silos, each also configured by <paramref name="configureSilo"/> when
    /// given; dispose it with <see cref="DisposeAsync"/>.
    /// </summary>
    public static async Task<ClusterFixture> StartAsync(short silos, Action<ISiloBuilder>? configureSilo = null)
    {
        var fixture = new ClusterFixture(silos, configureSilo);
        await fixture.InitializeAsync();
        return fixture;
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(_silos);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSerializer(serializer => serializer.AddEtProtocolGen(ProtocolRegistry.Messages));
            silo.Services.AddEtProtocolGenOrleansTestsDispatchers();
            silo.Services.AddKeyedSingleton<IGrainStorage>(StorageName, (provider, _) => Store.StorageFor(provider.GetRequiredService<Serializer>()));
            silo.Configure<SiloMessagingOptions>(options => options.ResponseTimeout = ResponseTimeout);
            silo.Configure<ClusterMembershipOptions>(options =>
            {
                // Declare a silo that stopped answering dead after one missed probe of one second.
                options.ProbeTimeout = TimeSpan.FromSeconds(1);
                options.NumMissedProbesLimit = 1;
                options.NumVotesForDeathDeclaration = 1;
                options.TableRefreshTimeout = TimeSpan.FromSeconds(1);
            });
            _configureSilo?.Invoke(silo);
        });
        builder.ConfigureClient(client =>
        {
            client.Services.AddSerializer(serializer => serializer.AddEtProtocolGen(ProtocolRegistry.Messages));
            client.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = ResponseTimeout);
            client.Configure<GatewayOptions>(options => options.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1));
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }
    }
}
