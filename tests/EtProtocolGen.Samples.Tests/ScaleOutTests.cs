using System;
using System.IO;
using System.Net;
using System.Threading.Tasks;
using EtProtocolGen.Demo.Load;
using EtProtocolGen.Sample.Client;
using EtProtocolGen.Sample.Server.Cluster;
using EtProtocolGen.Sample.Server.Hosting;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Samples.Tests;

/// <summary>
/// The scaled-out sample on loopback: realm, gate and map as three silos of one Orleans cluster (each its own host, as it
/// would be its own process), the unchanged client's normal session across them.
/// </summary>
public sealed class ScaleOutTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_normal_session_runs_across_realm_gate_and_map_silos()
    {
        int[] ports = LoopbackPorts.Free(4);
        IPEndPoint gateEndPoint = new(IPAddress.Loopback, ports[3]);
        var realmSilo = new SiloSettings(ServerRole.Realm, ports[0], ports[0]);
        await using SampleServer realm = await SampleServer.StartAsync(Options(realmSilo, new IPEndPoint(IPAddress.Loopback, 0), gateEndPoint.ToString())).WaitAsync(Bound);
        await using SampleServer gate = await SampleServer.StartAsync(Options(realmSilo with { Role = ServerRole.Gate, SiloPort = ports[1] }, gateEndPoint, null)).WaitAsync(Bound);
        await using MapSilo map = await MapSilo.StartAsync(realmSilo with { Role = ServerRole.Map, SiloPort = ports[2] }, Quiet).WaitAsync(Bound);
        var output = new StringWriter();

        bool served = await NormalSession.RunAsync(realm.EndPoint, "ann", "hunter2", output).WaitAsync(Bound);

        Assert.True(served, output.ToString());
        Assert.Equal(0, realm.Metrics.TotalRefusals + gate.Metrics.TotalRefusals);
        Assert.Equal(1, gate.Dispatch.InnerOf(DispatchStatus.Handled));
        Assert.Equal(1, gate.Dispatch.Handled(Sample.Protocol.C2M_GetInventory.Opcode));
    }

    private static SampleServerOptions Options(SiloSettings silo, IPEndPoint listen, string? gateAddress) => new()
    {
        EndPoint = listen,
        Cluster = silo,
        GateAddress = gateAddress,
        Logging = Quiet,
    };

    private static void Quiet(ILoggingBuilder logging) => logging.SetMinimumLevel(LogLevel.Warning);
}
