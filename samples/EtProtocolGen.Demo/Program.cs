using System;
using System.Threading;
using EtProtocolGen.Demo;

// One command: the sample server on loopback, a player, an attacker, and the table of what the server did.
// Exits 0 only if every attack was refused and the player was served before and after.
Console.WriteLine("EtProtocolGen demo: an ET-style game server on Kestrel, a player, and an attacker");
Console.WriteLine();
using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
DemoReport report = await DemoScenario.RunAsync(Console.Out, timeout.Token);
return report.Passed ? 0 : 1;
