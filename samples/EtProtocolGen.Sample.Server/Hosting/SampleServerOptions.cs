using System;
using System.Net;
using EtProtocolGen.Sample.Server.Cluster;
using EtProtocolGen.Transport.Server;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Sample.Server.Hosting;

/// <summary>How to run a <see cref="SampleServer"/>.</summary>
public sealed class SampleServerOptions
{
    /// <summary>Where to listen. Default: loopback, an ephemeral port.</summary>
    public IPEndPoint EndPoint { get; set; } = new(IPAddress.Loopback, 0);

    /// <summary>Adjusts the transport's limits (frame size, rate limit, timeouts, connection limit).</summary>
    public Action<ProtocolServerOptions>? Transport { get; set; }

    /// <summary>Adds log providers (the server always adds a <see cref="LogCounter"/>). Null: console logging at Information.</summary>
    public Action<ILoggingBuilder>? Logging { get; set; }

    /// <summary>
    /// Null (the default): realm, gate and map in this one process. Otherwise this process is the realm or the gate of the
    /// scaled-out sample, a silo of its cluster (a map runs as a <see cref="MapSilo"/>).
    /// </summary>
    public SiloSettings? Cluster { get; set; }

    /// <summary>PBKDF2 iterations of the accounts' password hashes (default <see cref="Services.AccountStore.DefaultIterations"/>, about 2.5 ms).</summary>
    public int PasswordHashIterations { get; set; } = Services.AccountStore.DefaultIterations;

    /// <summary>
    /// The most bytes of returned socket buffer blocks the transport's memory pool keeps for reuse (<see cref="Memory.BoundedBlockPool"/>);
    /// more are left to the garbage collector as they come back. Default 8 MiB, 2,048 blocks of 4 KiB.
    /// </summary>
    public long MaxPooledBufferBytes { get; set; } = 8L * 1024 * 1024;

    /// <summary>
    /// Runs one full collection when a partial-frame flood is over, so the memory it made the process take goes back to the
    /// operating system even if nothing else happens (<see cref="Memory.FloodMemoryReturn"/>). Default true.
    /// </summary>
    public bool ReturnMemoryAfterFloods { get; set; } = true;

    /// <summary>The gate's "host:port" the realm sends clients to, when the gate is another process. Null: this server's own address.</summary>
    public string? GateAddress { get; set; }
}
