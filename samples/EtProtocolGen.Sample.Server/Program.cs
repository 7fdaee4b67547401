using System;
using System.IO;
using System.Net;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Server.Cluster;
using EtProtocolGen.Sample.Server.Hosting;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;

// Runs the sample server, or one process of the scaled-out sample, until Ctrl+C, SIGINT or SIGTERM (usage: CommandLine.Usage).
if (CommandLine.Parse(args, out string? usageError) is not { } command)
{
    Console.Error.WriteLine("error: " + usageError);
    Console.Error.WriteLine(CommandLine.Usage);
    return 64;
}

var stop = new TaskCompletionSource();

// A shell starts a background job (`dotnet run ... &`) with SIGINT ignored, and .NET then leaves it ignored: take it back,
// so that `kill -INT` stops a background server as Ctrl+C stops a foreground one.
if (!OperatingSystem.IsWindows())
{
    SignalDefaults.Restore(PosixSignal.SIGINT);
}

using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

if (command.Silo is { Role: ServerRole.Map } mapSettings)
{
    await using (MapSilo map = await MapSilo.StartAsync(mapSettings, Logging))
    {
        Console.WriteLine($"EtProtocolGen sample map silo on port {mapSettings.SiloPort} (cluster through 127.0.0.1:{mapSettings.PrimarySiloPort}). Ctrl+C to stop.");
        await stop.Task;
        Console.WriteLine("Stopping: the units of this silo come back on the other map silos.");
    }

    return 0;
}

IPEndPoint endPoint = command.Listen!;
SampleServer server;
try
{
    server = await SampleServer.StartAsync(new SampleServerOptions { EndPoint = endPoint, Logging = Logging, Cluster = command.Silo, GateAddress = command.GateAddress });
}
catch (IOException exception) when (exception.InnerException is AddressInUseException)
{
    Console.Error.WriteLine($"error: {endPoint} is already in use (is another server running?). Pass a free address, for example 127.0.0.1:10003.");
    return 2;
}

await using (server)
{
    string role = command.Silo is { } silo ? $"{silo.Role.ToString().ToLowerInvariant()}, silo port {silo.SiloPort}" : "realm, gate and map";
    Console.WriteLine($"EtProtocolGen sample server listening on {server.EndPoint} (TCP: {role}). Ctrl+C to stop.");
    await stop.Task;
    Console.WriteLine($"Stopping: {server.Metrics.Connections} connections served, {server.Metrics.TotalRefusals} messages refused.");
}

return 0;

static void Logging(ILoggingBuilder logging)
{
    logging.AddSimpleConsole(console => console.SingleLine = true);

    // The host's own lines describe an HTTP server ("Now listening on: http://..."); this one speaks raw TCP and says where
    // it listens itself. A failed start is reported once, above, not also by the host with a stack trace.
    logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
    logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
}

void Stop(PosixSignalContext context)
{
    // Shut down here, in order, rather than let the runtime end the process.
    context.Cancel = true;
    stop.TrySetResult();
}

/// <summary>Puts a signal back to its default action (libc <c>signal(sig, SIG_DFL)</c>), undoing an inherited "ignore".</summary>
internal static class SignalDefaults
{
    public static void Restore(PosixSignal signal)
    {
        int number = signal switch
        {
            PosixSignal.SIGINT => 2,
            _ => throw new ArgumentOutOfRangeException(nameof(signal)),
        };
        _ = SetSignal(number, IntPtr.Zero);
    }

    [DllImport("libc", EntryPoint = "signal")]
    private static extern IntPtr SetSignal(int signal, IntPtr handler);
}
