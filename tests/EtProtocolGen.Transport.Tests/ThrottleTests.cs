using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
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
        public async Task Each_request_a_pipelining_peer_sends_over_the_rate_is_answered_RateLimited_with_its_RpcId()
        {
            await using TestServer server = await TestServer.StartAsync(options =>
            {
                options.MessagesPerSecond = 1;
                options.MessageBurst = 5;
                options.MaxRefusals = 100;
            });
            var refused = new ConcurrentQueue<IResponse>();
            await using ProtocolClient client = await server.ConnectPlayerAsync(new ProtocolClientOptions { RefusedByServer = refused.Enqueue });

            // 20 pings in one write, without waiting for answers. The login took one token of the burst: 4 pings are served,
            // the next ones are refused because more frames wait behind them, the last one (nothing behind it) is throttled.
            const int pings = 20;
            var flood = new List<byte>();
            for (int i = 0; i < pings; i++)
            {
                flood.AddRange(Frames.Of(new C2G_Ping { RpcId = 1000 + i, Sequence = i }));
            }

            var clock = Stopwatch.StartNew();
            await client.SendRawAsync(flood.ToArray());
            await Eventually.TrueAsync(() => server.Calls.Count(C2G_Ping.Opcode) + refused.Count == pings);

            // Every refused request came back as its own error response, long before the client's 30 s call timeout.
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "took " + clock.Elapsed);
            Assert.InRange(refused.Count, 10, pings - 5);
            Assert.All(refused, response => Assert.Equal(ErrorCodes.RateLimited, response.Error));
            int[] rpcIds = refused.Select(static response => response.RpcId).ToArray();
            Assert.Equal(rpcIds.Length, rpcIds.Distinct().Count());
            Assert.All(rpcIds, rpcId => Assert.InRange(rpcId, 1004, 1000 + pings - 2));
            Assert.Equal(refused.Count, server.Metrics.Refusals(RefusalReason.RateLimited));
            Assert.Equal(refused.Count, client.ServerRefusals);
            Assert.True(client.IsConnected);
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
