using System;
using System.Net;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Server.Hosting;

// Runs the sample server until Ctrl+C or SIGTERM. Usage: EtProtocolGen.Sample.Server [host:port]   (default 127.0.0.1:10002)
IPEndPoint endPoint = IPEndPoint.Parse(args.Length > 0 ? args[0] : "127.0.0.1:10002");
var stop = new TaskCompletionSource();
using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

await using (SampleServer server = await SampleServer.StartAsync(new SampleServerOptions { EndPoint = endPoint }))
{
    Console.WriteLine($"EtProtocolGen sample server listening on {server.EndPoint} (realm, gate and map). Ctrl+C to stop.");
    await stop.Task;
    Console.WriteLine($"Stopping: {server.Metrics.Connections} connections served, {server.Metrics.TotalRefusals} messages refused.");
}

return 0;

void Stop(PosixSignalContext context)
{
    // Shut down here, in order, rather than let the runtime end the process.
    context.Cancel = true;
    stop.TrySetResult();
}
