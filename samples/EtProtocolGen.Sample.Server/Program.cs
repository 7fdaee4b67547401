using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Server.Hosting;

// Runs the sample server until Ctrl+C. Usage: EtProtocolGen.Sample.Server [host:port]   (default 127.0.0.1:10002)
IPEndPoint endPoint = IPEndPoint.Parse(args.Length > 0 ? args[0] : "127.0.0.1:10002");
await using SampleServer server = await SampleServer.StartAsync(new SampleServerOptions { EndPoint = endPoint });
Console.WriteLine($"EtProtocolGen sample server listening on {server.EndPoint} (realm, gate and map). Ctrl+C to stop.");

var stop = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.TrySetResult();
};
await stop.Task;
Console.WriteLine($"Refused {server.Metrics.TotalRefusals} messages from {server.Metrics.Connections} connections.");
return 0;
