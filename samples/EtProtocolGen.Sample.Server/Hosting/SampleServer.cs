using System;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Map.Generated;
using EtProtocolGen.Sample.Map.Units;
using EtProtocolGen.Sample.Server.Cluster;
using EtProtocolGen.Sample.Server.Generated;
using EtProtocolGen.Sample.Server.Memory;
using EtProtocolGen.Sample.Server.Services;
using EtProtocolGen.Sample.Server.Sessions;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Transport.Server;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Sample.Server.Hosting;

/// <summary>
/// The sample game server on the Kestrel transport: realm, gate and map in one process, or the realm or the gate of the
/// scaled-out sample (a silo of its Orleans cluster). Start it, read where it listens and what it refused, stop it.
/// </summary>
public sealed class SampleServer : IAsyncDisposable
{
    private readonly ProtocolServer _server;

    private SampleServer(ProtocolServer server)
    {
        _server = server;
        Metrics = server.Metrics;
        Dispatch = server.Services.GetRequiredService<DispatchCounters>();
        Logs = server.Services.GetRequiredService<LogCounter>();
        Accounts = server.Services.GetRequiredService<AccountStore>();
        GateKeys = server.Services.GetRequiredService<GateKeys>();
        BufferPool = server.Services.GetRequiredService<BoundedBlockPoolFactory>();
    }

    /// <summary>Where the server listens (the bound port when port 0 was asked for).</summary>
    public IPEndPoint EndPoint => _server.EndPoint;

    /// <summary>The transport's refusal and close counters (including Kestrel's connection-limit rejections, as <see cref="RefusalReason.ConnectionLimit"/>).</summary>
    public TransportMetrics Metrics { get; }

    /// <summary>What dispatch did with every message, and which handlers ran.</summary>
    public DispatchCounters Dispatch { get; }

    /// <summary>Warnings and errors the server logged.</summary>
    public LogCounter Logs { get; }

    /// <summary>The accounts, and how many password hashes the realm has computed.</summary>
    public AccountStore Accounts { get; }

    /// <summary>The gate's outstanding login keys.</summary>
    public GateKeys GateKeys { get; }

    /// <summary>The transport's per-address and pre-login limits, and how many connections have not logged in.</summary>
    public Transport.Server.Admission.ConnectionAdmission Admission => _server.Admission;

    /// <summary>The socket transport's buffer pools: what they keep, allocated and left to the garbage collector.</summary>
    public BoundedBlockPoolFactory BufferPool { get; }

    /// <summary>Full collections run after partial-frame floods (<see cref="FloodMemoryReturn"/>); 0 when switched off.</summary>
    public int FloodCollections => _server.Services.GetService<FloodMemoryReturn>()?.Collections ?? 0;

    /// <summary>The bytes connections hold in incomplete frames, against the transport's budget.</summary>
    public Transport.Server.Memory.PartialFrameBudget PartialFrames => _server.PartialFrames;

    /// <summary>Builds and starts the server.</summary>
    public static async Task<SampleServer> StartAsync(SampleServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SampleServerOptions();
        var logs = new LogCounter();
        ProtocolServer server = await ProtocolServer.StartAsync<GameSession, SampleApplication>(
            options.EndPoint,
            options.Transport,
            services =>
            {
                services.AddLogging(logging =>
                {
                    logging.AddProvider(logs);
                    if (options.Logging is null)
                    {
                        logging.AddSimpleConsole(console => console.SingleLine = true);
                    }
                    else
                    {
                        options.Logging(logging);
                    }
                });
                services.AddSingleton(logs);
                services.AddSingleton(TimeProvider.System);
                services.AddSingleton(new AccountStore(options.PasswordHashIterations));
                services.AddSingleton<GateKeys>();
                services.AddSingleton<LoginThrottle>();
                services.AddSingleton<SessionRegistry>();
                services.AddSingleton<ServerAddress>();
                services.AddSingleton<DispatchCounters>();
                services.AddSingleton<InnerBus>();

                // Socket buffers: a pool that keeps a bounded amount of returned blocks instead of Kestrel's, which keeps
                // what a flood made it allocate; and one collection once a partial-frame flood is over (Memory/).
                services.AddSingleton(new BoundedBlockPoolFactory(options.MaxPooledBufferBytes));
                services.AddSingleton<IMemoryPoolFactory<byte>>(static provider => provider.GetRequiredService<BoundedBlockPoolFactory>());
                if (options.ReturnMemoryAfterFloods)
                {
                    services.AddSingleton<FloodMemoryReturn>();
                    services.AddHostedService(static provider => provider.GetRequiredService<FloodMemoryReturn>());
                }

                // The limiter behind the protocol's [RateLimit] and [MaxConcurrency] (the realm login's per-connection and
                // per-address budgets and its four hash slots), and behind the anonymous default. One for the whole server;
                // twice the transport's default connection limit in budgets per rule, so connections that just closed keep
                // their spent budgets for the rest of the interval.
                services.AddSingleton<IDispatchLimiter>(new DispatchLimiter(new DispatchLimiterOptions { MaxPartitionsPerRule = 20_000 }));

                // Generated from the handler classes: every handler, OuterDispatcher and InnerDispatcher.
                services.AddEtProtocolGenSampleServerDispatchers();
                AddDirectory(services, options.Cluster);
            },
            cancellationToken);

        IPEndPoint bound = server.EndPoint;
        server.Services.GetRequiredService<ServerAddress>().Gate =
            options.GateAddress ?? bound.Address.ToString() + ":" + bound.Port.ToString(CultureInfo.InvariantCulture);
        return new SampleServer(server);
    }

    /// <summary>
    /// Where calls to the gate and to units go: in this process (the inner bus and the in-process map, with the map's
    /// generated dispatchers), or, for a realm or gate silo, to grains on the gate and map silos.
    /// </summary>
    private static void AddDirectory(IServiceCollection services, SiloSettings? cluster)
    {
        if (cluster is null)
        {
            services.AddEtProtocolGenSampleMapDispatchers();
            services.AddSingleton<MapDispatch>();
            services.AddSingleton<LocalMap>();
            services.AddSingleton<IServerDirectory, LocalDirectory>();
            return;
        }

        services.AddOrleans(silo => SiloSetup.Configure(silo, cluster));
        services.AddSingleton<IServerDirectory>(provider => new ClusterDirectory(provider.GetRequiredService<IGrainFactory>(), cluster.Role));
    }

    /// <summary>
    /// For a realm or gate silo: waits until this silo knows a map silo that hosts units. Orleans spreads a new silo's grain
    /// classes through the cluster a moment after it joins, and until then a unit cannot be placed (entering the map fails);
    /// tests and measurements that start a map and play at once wait for it.
    /// </summary>
    /// <returns>False if no map silo was known within <paramref name="timeout"/>.</returns>
    public async Task<bool> WaitForMapAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        IGrainFactory grains = _server.Services.GetRequiredService<IGrainFactory>();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // A reference only: nothing is activated. It resolves once a known silo hosts an IUnitGrain class.
                grains.GetGrain<IUnitGrain>(0);
                return true;
            }
            catch (ArgumentException) when (clock.Elapsed < timeout)
            {
                await Task.Delay(50, cancellationToken);
            }
            catch (ArgumentException)
            {
                return false;
            }
        }
    }

    /// <summary>Stops accepting, closes connections and stops the host.</summary>
    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
    }
}
