using System;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Server.Generated;
using EtProtocolGen.Sample.Server.Services;
using EtProtocolGen.Sample.Server.Sessions;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Transport.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Sample.Server.Hosting;

/// <summary>
/// The sample game server (realm, gate and map in one process) on the Kestrel transport. Start it, read where it
/// listens and what it refused, stop it.
/// </summary>
public sealed class SampleServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly KestrelConnectionCounter _kestrel;

    private SampleServer(WebApplication app, IPEndPoint endPoint)
    {
        _app = app;
        EndPoint = endPoint;
        Metrics = app.Services.GetRequiredService<TransportMetrics>();
        Dispatch = app.Services.GetRequiredService<DispatchCounters>();
        Logs = app.Services.GetRequiredService<LogCounter>();
        _kestrel = app.Services.GetRequiredService<KestrelConnectionCounter>();
    }

    /// <summary>Where the server listens (the bound port when port 0 was asked for).</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>The transport's refusal and close counters.</summary>
    public TransportMetrics Metrics { get; }

    /// <summary>What dispatch did with every message, and which handlers ran.</summary>
    public DispatchCounters Dispatch { get; }

    /// <summary>Warnings and errors the server logged.</summary>
    public LogCounter Logs { get; }

    /// <summary>Connections Kestrel refused on accept because of its connection limit.</summary>
    public long RejectedConnections => _kestrel.Rejected;

    /// <summary>Builds and starts the server.</summary>
    public static async Task<SampleServer> StartAsync(SampleServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SampleServerOptions();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        var logs = new LogCounter();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        if (options.Logging is null)
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        }
        else
        {
            options.Logging(builder.Logging);
        }

        builder.Services.AddSingleton(logs);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AccountStore>();
        builder.Services.AddSingleton<GateKeys>();
        builder.Services.AddSingleton<SessionRegistry>();
        builder.Services.AddSingleton<MapWorld>();
        builder.Services.AddSingleton<ServerAddress>();
        builder.Services.AddSingleton<DispatchCounters>();
        builder.Services.AddSingleton<InnerBus>();
        builder.Services.AddSingleton(static provider => new KestrelConnectionCounter(provider.GetRequiredService<IMeterFactory>()));

        // Generated from the handler classes: every handler, OuterDispatcher and InnerDispatcher.
        builder.Services.AddEtProtocolGenSampleServerDispatchers();
        builder.Services.AddProtocolServer<GameSession, SampleApplication>(options.Transport);

        ListenOptions? listen = null;
        builder.WebHost.ConfigureKestrel(kestrel => listen = kestrel.ListenProtocol<GameSession>(options.EndPoint));

        WebApplication app = builder.Build();

        // Created before Kestrel starts, so its meter's instruments are seen from the first connection.
        app.Services.GetRequiredService<KestrelConnectionCounter>();
        await app.StartAsync(cancellationToken);

        IPEndPoint bound = listen?.IPEndPoint ?? throw new InvalidOperationException("Kestrel did not bind the protocol endpoint.");
        app.Services.GetRequiredService<ServerAddress>().Gate = bound.Address.ToString() + ":" + bound.Port.ToString(CultureInfo.InvariantCulture);
        return new SampleServer(app, bound);
    }

    /// <summary>Stops accepting, closes connections and stops the host.</summary>
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token);
        _kestrel.Dispose();
        await _app.DisposeAsync();
    }
}
