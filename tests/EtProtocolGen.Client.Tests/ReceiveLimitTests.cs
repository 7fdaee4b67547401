using System.Collections.Concurrent;
using System.Linq;
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
                // One token a second after a burst of three.
                MessageBurst = 3,
                MessagesPerSecond = 1,
                MaxRefusals = 5,
                MessageReceived = message => delivered.Enqueue(((G2C_ChatLine)message).Text),
            });

            // The twenty pushes in one write, so that they are all in the socket before the client reads the first: sent one by
            // one, a later send could meet the connection the client has already closed (a reset, not what this test is about).
            await server.SendAsync(Enumerable.Range(0, 20).SelectMany(i => Frames.Of(new G2C_ChatLine { Text = "spam " + i })).ToArray());

            // The burst is delivered; every later push waits for a token (one a second, so under load a few more may pass),
            // and the fifth refusal closes the connection before the twenty pushes are all read.
            Assert.Equal(CloseReason.TooManyRefusals, await server.Client.Closed.WaitAsync(Patience.Timeout));
            Assert.Equal(new[] { "spam 0", "spam 1", "spam 2" }, delivered.ToArray()[..3]);
            Assert.Equal(5, server.Client.Refusals);
            Assert.True(delivered.Count + server.Client.Refusals < 20, delivered.Count + " delivered");
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
