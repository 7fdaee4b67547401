using System;
using System.Net;
using System.Threading.Tasks;
using EtProtocolGen;
using EtProtocolGen.Client;
using Session.Protocol;
using SessionClient.Generated;

namespace SessionClient
{
    /// <summary>Connects to the port given, greets, waits for the welcome push, closes cleanly; exit code 0 when all of it happened.</summary>
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            var server = new IPEndPoint(IPAddress.Loopback, int.Parse(args[0]));
            var welcome = new TaskCompletionSource<G2C_Welcome>(TaskCreationOptions.RunContinuationsAsynchronously);
            ProtocolClient client = await ProtocolClient.ConnectAsync(server, ProtocolRegistry.TryParse, new ProtocolClientOptions
            {
                RequestTimeout = TimeSpan.FromSeconds(10),
                MessageReceived = message => welcome.TrySetResult((G2C_Welcome)message),
            });
            await using (client)
            {
                G2C_Hello hello = await client.Rpc.CallAsync(new C2G_Hello { Name = "package" });
                G2C_Welcome pushed = await welcome.Task.WaitAsync(TimeSpan.FromSeconds(10));
                CloseReason closed = await client.CloseAsync();
                Console.WriteLine($"client: \"{hello.Greeting}\", visitor {pushed.Visitors}, closed {closed}, refusals {client.Refusals}");
                return hello.Error == ErrorCodes.Success && hello.Greeting == "hello, package" && pushed.Visitors == 1
                    && closed == CloseReason.LocalClose && client.Refusals == 0 ? 0 : 1;
            }
        }
    }
}
