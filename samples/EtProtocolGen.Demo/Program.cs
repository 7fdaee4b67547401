using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using EtProtocolGen.Demo;
using EtProtocolGen.Demo.Figures;
using EtProtocolGen.Demo.Load;

// One command: the sample server on loopback, a player, an attacker, and the table of what the server did.
// Exits 0 only if every attack was refused and the player was served before, during and after.
// "--forwarding-load [clients] [requests]" instead measures the location path in one process and over two silos.
// "--figures" runs the lasting attacks at issue #19's sizes, memory and a 10-minute churn, for docs/security.md (~16 min);
// "--figures partial-frames" only the partial-frame flood and the memory after it (~2 min).
if (args.Length > 0 && args[0] == "--forwarding-load")
{
    int clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
    int requests = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2000;
    Console.WriteLine($"EtProtocolGen forwarding load: {clients} clients x {requests} C2M_GetInventory round trips per path");
    await ForwardingLoad.RunAsync(clients, requests, Console.Out, CancellationToken.None);
    return 0;
}

if (args.Contains("--figures"))
{
    Console.WriteLine("EtProtocolGen demo, figures run");
    using var figuresTimeout = new CancellationTokenSource(TimeSpan.FromMinutes(40));
    return await FiguresRun.RunAsync(Console.Out, figuresTimeout.Token, partialFramesOnly: args.Contains("partial-frames")) ? 0 : 1;
}

Console.WriteLine("EtProtocolGen demo: an ET-style game server on Kestrel, a player, and an attacker");
Console.WriteLine();
using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
DemoReport report = await DemoScenario.RunAsync(Console.Out, timeout.Token);
return report.Passed ? 0 : 1;
