using System.Collections.Concurrent;
using System.Threading.Tasks;
using EtProtocolGen.Client.Tests.Infrastructure;

namespace EtProtocolGen.Client.Tests
{
    /// <summary>Limits on what the server sends that the client did not ask for.</summary>
    public sealed class ReceiveLimitTests
    {
        [Fact(Timeout = 10_000)]
        public async Task Pushes_over_the_burst_are_dropped_and_refused_and_too_many_refusals_close_the_connection()
        {
            var delivered = new ConcurrentQueue<string>();
            await using HostileServer server = await HostileServer.StartAsync(new ProtocolClientOptions
            {
                // One token a second: the test's pushes arrive within far less than a second, so at most one is added back.
                MessageBurst = 3,
                MessagesPerSecond = 1,
                MaxRefusals = 5,
                MessageReceived = message => delivered.Enqueue(((G2C_ChatLine)message).Text),
            });

            for (int i = 0; i < 10; i++)
            {
                await server.SendAsync(Frames.Of(new G2C_ChatLine { Text = "spam " + i }));
            }

            Assert.Equal(CloseReason.TooManyRefusals, await server.Client.Closed.WaitAsync(Patience.Timeout));
            Assert.InRange(delivered.Count, 3, 4);
            Assert.Equal(new[] { "spam 0", "spam 1", "spam 2" }, delivered.ToArray()[..3]);
            Assert.Equal(5, server.Client.Refusals);
        }

        [Fact(Timeout = 10_000)]
        public async Task A_response_to_a_pending_request_needs_no_token()
        {
            await using HostileServer server = await HostileServer.StartAsync(new ProtocolClientOptions { MessageBurst = 1, MessagesPerSecond = 1 });
            Task<G2C_Ping> call = server.Client.Rpc.CallAsync(new C2G_Ping { Sequence = 8 });
            int rpcId = await server.ReceiveRpcIdAsync();

            await server.SendAsync(Frames.Of(new G2C_ChatLine { Text = "takes the only token" }));
            await server.SendAsync(Frames.Of(new G2C_Ping { RpcId = rpcId, Sequence = 8 }));

            Assert.Equal(8, (await call.WaitAsync(Patience.Timeout)).Sequence);
            Assert.Equal(0, server.Client.Refusals);
        }
    }
}
