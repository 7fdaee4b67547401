using System;
using System.Net;
using EtProtocolGen.Sample.Client;

// Runs one normal player session against a running sample server.
// Usage: EtProtocolGen.Sample.Client [host:port] [account] [password]   (default 127.0.0.1:10002 ann hunter2)
IPEndPoint server = IPEndPoint.Parse(args.Length > 0 ? args[0] : "127.0.0.1:10002");
string account = args.Length > 1 ? args[1] : "ann";
string password = args.Length > 2 ? args[2] : "hunter2";

Console.WriteLine($"Player {account} on {server}:");
bool served = await NormalSession.RunAsync(server, account, password, Console.Out);
Console.WriteLine(served ? "Session complete." : "Session failed.");
return served ? 0 : 1;
