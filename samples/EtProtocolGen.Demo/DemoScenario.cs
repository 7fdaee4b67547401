using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Demo.Attacks;
using EtProtocolGen.Sample.Client;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Server.Hosting;
using EtProtocolGen.Transport.Server;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Demo;

/// <summary>
/// The whole demo: the sample server on loopback, a player's normal session, the attacks, the player again.
/// Every verdict comes from what was observed (server counters, responses, closed connections), never from the script.
/// </summary>
public static class DemoScenario
{
    /// <summary>
    /// The limits the demo's server runs with: the transport's defaults, scaled down so that every flood fits in a few
    /// seconds (64 connections, 8 per address of which 4 before login, a 2 s handshake and 3 s login deadline, 256 queued
    /// frames per connection, 2 MiB of incomplete frames in all).
    /// </summary>
    public static void ConfigureLimits(ProtocolServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.MaxConcurrentConnections = 64;
        options.HandshakeTimeout = TimeSpan.FromSeconds(2);
        options.LoginTimeout = TimeSpan.FromSeconds(3);
        options.MaxConnectionsPerAddress = 8;
        options.MaxUnauthenticatedConnectionsPerAddress = 4;
        options.MaxOutboundFrames = 256;
        options.MaxPartialFrameBytes = 2 * 1024 * 1024;
    }

    /// <summary>Runs the demo, writing its progress and the table to <paramref name="output"/>.</summary>
    public static async Task<DemoReport> RunAsync(TextWriter output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var limits = new ProtocolServerOptions();
        ConfigureLimits(limits);

        await using SampleServer server = await SampleServer.StartAsync(
            new SampleServerOptions
            {
                Transport = ConfigureLimits,

                // The table reports what the server logged; the log lines themselves would drown it.
                Logging = static logging => logging.SetMinimumLevel(LogLevel.Warning),
            },
            cancellationToken);
        output.WriteLine($"Sample server (realm, gate, map) on {server.EndPoint}: frames <= {limits.MaxFrameSize} B, "
            + $"{limits.MessagesPerSecond} msg/s (burst {limits.MessageBurst}), close after {limits.MaxRefusals} refusals, "
            + $"{limits.MaxConcurrentConnections} connections, handshake {limits.HandshakeTimeout.TotalSeconds:0} s.");
        output.WriteLine();

        output.WriteLine("1. A player's normal session (ann):");
        bool servedBefore = await NormalSession.RunAsync(server.EndPoint, "ann", "hunter2", output, cancellationToken);
        bool gameMasterServed = await RunGameMasterAsync(server, output, cancellationToken);
        output.WriteLine();

        await ServerSnapshot.WaitUntilIdleAsync(server, TimeSpan.FromSeconds(5));
        output.WriteLine("2. The attacker (from 127.0.0.2 and up; the player's login time and request latency, from 127.0.0.1, while each lasting attack runs):");
        var attacker = new Attacker(server, limits);
        var attacks = new List<Func<CancellationToken, Task<AttackOutcome>>>
        {
            attacker.OversizeFrameAsync,
            attacker.LengthBombAsync,
            attacker.MalformedPayloadAsync,
            attacker.UnknownOpcodeAsync,
            attacker.InnerOpcodeAsync,
            attacker.RequestBeforeLoginAsync,
            attacker.ForgedRoleAsync,
            attacker.OutOfRangeValueAsync,
            attacker.MessageFloodAsync,
            attacker.ConnectionFloodAsync,
        };
        var lasting = new AbuseAttacks(server, limits, AttackScale.Quick);
        attacks.Add(lasting.SlotHoldingAsync);
        attacks.Add(lasting.LoginFloodAsync);
        attacks.Add(lasting.SlowReadersAsync);
        attacks.Add(lasting.PartialFrameFloodAsync);
        var outcomes = new List<AttackOutcome>();
        foreach (Func<CancellationToken, Task<AttackOutcome>> attack in attacks)
        {
            outcomes.Add(await attack(cancellationToken));
        }

        ResultTable.Write(output, outcomes);
        output.WriteLine();

        output.WriteLine("3. The same player afterwards:");
        bool servedAfter = await NormalSession.RunAsync(server.EndPoint, "ann", "hunter2", output, cancellationToken);
        output.WriteLine();

        var report = new DemoReport(servedBefore, gameMasterServed, outcomes, servedAfter);
        int refused = outcomes.FindAll(static outcome => outcome.Refused).Count;
        output.WriteLine($"{refused} of {outcomes.Count} attacks refused; player served before: {Yes(servedBefore)}, game master served: {Yes(gameMasterServed)}, "
            + $"player served after: {Yes(servedAfter)}. Server totals: {server.Metrics.TotalRefusals} refusals, {server.Metrics.Connections} connections accepted.");
        output.WriteLine(report.Passed ? "PASS" : "FAIL");
        return report;
    }

    private static async Task<bool> RunGameMasterAsync(SampleServer server, TextWriter output, CancellationToken cancellationToken)
    {
        try
        {
            await using GameClient gm = await GameClient.LoginAsync(server.EndPoint, "gm", "letmein", cancellationToken);
            await gm.EnterMapAsync(1, cancellationToken);
            M2C_GmCommand given = await gm.GmAddItemAsync(3001, 5, cancellationToken);
            output.WriteLine($"  gm        the real game master's additem is handled: item {given.ItemId}");
            return true;
        }
        catch (Exception exception) when (exception is GameRequestException || exception is IOException || exception is TimeoutException)
        {
            output.WriteLine("  gm        FAILED " + exception.GetType().Name + ": " + exception.Message);
            return false;
        }
    }

    private static string Yes(bool value) => value ? "yes" : "NO";
}
