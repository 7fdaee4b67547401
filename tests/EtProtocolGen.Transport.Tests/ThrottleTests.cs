using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Tasks;
using EtProtocolGen.Client;
using EtProtocolGen.Transport.Tests.Infrastructure;

namespace EtProtocolGen.Transport.Tests
{
    /// <summary>An honest client over the rate is slowed down, not refused; the refusals it does get, it sees.</summary>
    public sealed class ThrottleTests
    {
        [Fact(Timeout = 30_000)]
        public async Task A_client_calling_back_to_back_is_throttled_to_the_rate_and_never_refused()
        {
            const int rate = 20;
            const int calls = 30;
            await using TestServer server = await TestServer.StartAsync(options =>
            {
                options.MessagesPerSecond = rate;
                options.MessageBurst = 5;
                options.MaxRefusals = 1;   // a single refusal would close the connection
            });
            await using ProtocolClient client = await server.ConnectPlayerAsync();

            var clock = Stopwatch.StartNew();
            for (int i = 0; i < calls; i++)
            {
                await TestServer.AssertServedAsync(client);
            }

            // The login and the burst leave 4 tokens: the other 26 calls wait for theirs, 1/20 s each.
            Assert.True(clock.Elapsed >= TimeSpan.FromSeconds((calls - 4) / (double)rate) - TimeSpan.FromMilliseconds(100), "took " + clock.Elapsed);
            Assert.Equal(0, server.Metrics.TotalRefusals);
            Assert.True(client.IsConnected);
            Assert.Equal(0, client.ServerRefusals);
        }

        [Fact(Timeout = 30_000)]
        public async Task A_refused_request_reaches_the_client_as_a_counted_refusal_at_once()
        {
            await using TestServer server = await TestServer.StartAsync();
            var seen = new ConcurrentQueue<int>();
            await using ProtocolClient client = await server.ConnectAsync(new ProtocolClientOptions
            {
                RefusedByServer = response => seen.Enqueue(response.Error),
            });

            G2C_Ping refused = await client.Rpc.CallAsync(new C2G_Ping { Sequence = 1 });
            G2C_Login login = await client.Rpc.CallAsync(new C2G_Login { Account = "alice", Password = LoginHandler.Password });
            G2C_Ping failed = await client.Rpc.CallAsync(new C2G_Ping { Sequence = PingHandler.Explode });

            Assert.Equal(ErrorCodes.Unauthorized, refused.Error);
            Assert.Equal(ErrorCodes.Success, login.Error);
            Assert.Equal(ErrorCodes.InternalError, failed.Error);   // a handler's failure, not a refusal
            Assert.Equal(1, client.ServerRefusals);
            Assert.Equal(new[] { ErrorCodes.Unauthorized }, seen.ToArray());
        }
    }
}
