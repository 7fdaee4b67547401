using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Orleans.Grains;
using EtProtocolGen.Orleans.Serialization;
using EtProtocolGen.Sample.Client;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Protocol.Generated;
using EtProtocolGen.Sample.Server.Cluster;
using EtProtocolGen.Sample.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;

namespace EtProtocolGen.Demo.Load;

/// <summary>
/// A measured run of the location path client -> gate -> the player's unit -> reply (<c>C2M_GetInventory</c>, forwarded by
/// the gate), twice on this machine: the one-process server (the unit in process, as <c>InnerBus</c> calls are) and the
/// scaled-out sample with two silos (a gate silo that is also the realm, and a map silo hosting the unit grains). Every
/// round trip is timed on the client; the table gives requests per second, the median and the 99th percentile.
/// </summary>
public static class ForwardingLoad
{
    private static readonly string[][] Accounts = { new[] { "ann", "hunter2" }, new[] { "mallory", "trustno1" }, new[] { "gm", "letmein" } };

    /// <summary>Measures both paths with <paramref name="clients"/> connections of <paramref name="requests"/> requests each (after a warm-up).</summary>
    public static async Task<IReadOnlyList<LoadFigures>> RunAsync(int clients, int requests, TextWriter output, CancellationToken cancellationToken)
    {
        var figures = new List<LoadFigures>();
        await using (SampleServer single = await SampleServer.StartAsync(Options(null, null), cancellationToken))
        {
            figures.Add(await MeasureAsync("one process (in-process unit, InnerBus-style)", single.EndPoint, clients, requests, cancellationToken));
        }

        int[] ports = LoopbackPorts.Free(2);
        var gateSilo = new SiloSettings(ServerRole.Gate, ports[0], ports[0]);
        await using (SampleServer gate = await SampleServer.StartAsync(Options(gateSilo, null), cancellationToken))
        await using (MapSilo map = await MapSilo.StartAsync(gateSilo with { Role = ServerRole.Map, SiloPort = ports[1] }, Quiet, cancellationToken))
        {
            if (!await gate.WaitForMapAsync(TimeSpan.FromSeconds(30), cancellationToken))
            {
                throw new TimeoutException("The gate silo did not learn of the map silo within 30 s.");
            }

            figures.Add(await MeasureAsync("2 silos (gate silo -> unit grain on the map silo)", gate.EndPoint, clients, requests, cancellationToken));
        }

        output.WriteLine("| path | clients | requests | requests/s | median | p99 |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (LoadFigures figure in figures)
        {
            output.WriteLine(figure);
        }

        output.WriteLine();
        WriteForwardedBytes(output);
        return figures;
    }

    /// <summary>
    /// The bytes one forwarded <c>C2M_GetInventory</c> costs between silos, as the Orleans serializer writes the grain call's
    /// arguments and result (Orleans' own message headers come on top), next to the client's frame.
    /// </summary>
    public static void WriteForwardedBytes(TextWriter output)
    {
        Serializer serializer = new ServiceCollection()
            .AddSerializer(builder => builder.AddEtProtocolGen(ProtocolRegistry.Messages))
            .BuildServiceProvider()
            .GetRequiredService<Serializer>();
        var request = new C2M_GetInventory { RpcId = 1, Bag = 0 };
        var identity = ProtocolIdentity.Client("mallory", Array.Empty<string>());
        var inventory = new M2C_Inventory
        {
            RpcId = 1,
            Items = new List<ItemInfo> { new() { ItemId = 1, ConfigId = 1001, Count = 1 }, new() { ItemId = 2, ConfigId = 2001, Count = 20 } },
        };
        int clientFrame = 4 + 2 + request.CalculateSize();
        int arguments = serializer.SerializeToArray(identity).Length + serializer.SerializeToArray(ProtocolEnvelope.Of(request)).Length;
        int reply = serializer.SerializeToArray(new ProtocolReply(DispatchStatus.Handled, ErrorCodes.Success, inventory, null)).Length;
        output.WriteLine($"bytes: client frame {clientFrame} (C2M_GetInventory); forwarded call arguments {arguments} (identity + envelope); "
            + $"reply {reply} (M2C_Inventory of 2 stacks, {inventory.CalculateSize()} of them the message's own protobuf bytes)");
    }

    private static async Task<LoadFigures> MeasureAsync(string path, IPEndPoint server, int clients, int requests, CancellationToken cancellationToken)
    {
        var players = new GameClient[clients];
        try
        {
            for (int i = 0; i < clients; i++)
            {
                string[] account = Accounts[i % Accounts.Length];
                players[i] = await GameClient.LoginAsync(server, account[0], account[1], cancellationToken);
                await players[i].EnterMapAsync(1, cancellationToken);
            }

            // Warm-up: JIT, connections between silos, grain activations.
            await Task.WhenAll(players.Select(player => RoundTripsAsync(player, Math.Max(10, requests / 10), null, cancellationToken)));
            var samples = new long[clients][];
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(players.Select((player, i) => RoundTripsAsync(player, requests, samples[i] = new long[requests], cancellationToken)));
            clock.Stop();
            long[] all = samples.SelectMany(sample => sample).OrderBy(ticks => ticks).ToArray();
            return new LoadFigures(path, clients, all.Length, clock.Elapsed, Ticks(all[all.Length / 2]), Ticks(all[(int)Math.Ceiling(all.Length * 0.99) - 1]));
        }
        finally
        {
            foreach (GameClient? player in players)
            {
                if (player is not null)
                {
                    await player.DisposeAsync();
                }
            }
        }
    }

    private static async Task RoundTripsAsync(GameClient player, int count, long[]? samples, CancellationToken cancellationToken)
    {
        for (int i = 0; i < count; i++)
        {
            long start = Stopwatch.GetTimestamp();
            await player.GetInventoryAsync(0, cancellationToken);
            if (samples is not null)
            {
                samples[i] = Stopwatch.GetTimestamp() - start;
            }
        }
    }

    private static TimeSpan Ticks(long stopwatchTicks) => TimeSpan.FromSeconds((double)stopwatchTicks / Stopwatch.Frequency);

    private static SampleServerOptions Options(SiloSettings? cluster, string? gateAddress) => new()
    {
        Cluster = cluster,
        GateAddress = gateAddress,
        Logging = Quiet,

        // A load test sends far faster than a player: lift the per-connection message budget.
        Transport = options =>
        {
            options.MessagesPerSecond = 1_000_000;
            options.MessageBurst = 1_000_000;
        },
    };

    private static void Quiet(ILoggingBuilder logging) => logging.SetMinimumLevel(LogLevel.Warning);
}
