using System;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Map.Generated;
using EtProtocolGen.Sample.Map.Units;
using EtProtocolGen.Sample.Server.Cluster;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Sample.Server.Hosting;

/// <summary>
/// A map process of the scaled-out sample: an Orleans silo that hosts unit grains (<see cref="UnitGrain"/>) and runs the
/// map's generated dispatchers for the messages the gate forwards. No client connects to it.
/// </summary>
public sealed class MapSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private MapSilo(IHost host) => _host = host;

    /// <summary>Builds and starts the silo.</summary>
    public static async Task<MapSilo> StartAsync(SiloSettings settings, Action<ILoggingBuilder>? logging = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddLogging(configure => (logging ?? (console => console.AddSimpleConsole(simple => simple.SingleLine = true)))(configure));
        builder.Services.AddEtProtocolGenSampleMapDispatchers();
        builder.Services.AddSingleton<MapDispatch>();
        builder.UseOrleans(silo => SiloSetup.Configure(silo, settings with { Role = ServerRole.Map }));
        IHost host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new MapSilo(host);
    }

    /// <summary>Leaves the cluster (its units move to the other map silos on their next message) and stops.</summary>
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
