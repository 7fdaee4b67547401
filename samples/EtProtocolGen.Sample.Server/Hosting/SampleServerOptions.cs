using System;
using System.Net;
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
}
