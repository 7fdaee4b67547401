using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Sockets;
using System.Threading.Tasks;
using EtProtocolGen.Client;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Transport.Tests.Infrastructure;

namespace EtProtocolGen.Transport.Tests
{
    public sealed class FloodTests
    {
        [Fact(Timeout = 10_000)]
        public async Task A_message_flood_hits_the_rate_limit_and_the_connection_closes_after_the_refusal_limit()
        {
            await using TestServer server = await TestServer.StartAsync(options =>
            {
                options.MessagesPerSecond = 5;
                options.MessageBurst = 5;
                options.MaxRefusals = 10;
            });
            await using ProtocolClient bystander = await server.ConnectPlayerAsync();
            await using ProtocolClient attacker = await server.ConnectPlayerAsync();

            // 200 pings in one write: far more than the bucket holds, sent faster than it refills.
            var flood = new List<byte>();
            for (int i = 0; i < 200; i++)
            {
                flood.AddRange(Frames.Of(new C2G_Ping { RpcId = 10_000 + i, Sequence = i }));
            }

            await attacker.SendRawAsync(flood.ToArray());

            await ClientAssert.ClosedByServerAsync(attacker);
            Assert.Equal(10, server.Metrics.Refusals(RefusalReason.RateLimited));
            Assert.Equal(1, server.Metrics.Closes(CloseReason.TooManyRefusals));
            // The rest of the burst (the login took one token) went through; the rest was refused unread (each ping answered
            // RateLimited without being decoded), up to the close.
            Assert.InRange(server.Calls.Count(C2G_Ping.Opcode), 4, 200 - 10);

            // The limit is per connection: another player on the same server was never throttled.
            await TestServer.AssertServedAsync(bystander);
            await server.AssertServesNewClientAsync();
        }

        [Fact(Timeout = 10_000)]
        public async Task Messages_within_the_rate_are_all_served()
        {
            await using TestServer server = await TestServer.StartAsync(options =>
            {
                options.MessagesPerSecond = 1000;
                options.MessageBurst = 50;
            });
            await using ProtocolClient client = await server.ConnectPlayerAsync();

            for (int i = 0; i < 40; i++)
            {
                await TestServer.AssertServedAsync(client);
            }

            Assert.Equal(0, server.Metrics.Refusals(RefusalReason.RateLimited));
        }

        [Fact(Timeout = 10_000)]
        public async Task Connections_beyond_Kestrels_limit_are_refused_and_counted_while_accepted_clients_are_served()
        {
            await using TestServer server = await TestServer.StartAsync(options => options.MaxConcurrentConnections = 2);
            ProtocolClient first = await server.ConnectPlayerAsync();
            await using ProtocolClient second = await server.ConnectPlayerAsync();

            var flood = new List<Socket>();
            try
            {
                for (int i = 0; i < 5; i++)
                {
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                    flood.Add(socket);
                    await socket.ConnectAsync(server.EndPoint);
                }

                foreach (Socket socket in flood)
                {
                    await RawSocket.AssertClosedByServerAsync(socket);
                }
            }
            finally
            {
                foreach (Socket socket in flood)
                {
                    socket.Dispose();
                }
            }

            Assert.Equal(5, server.Metrics.Refusals(RefusalReason.ConnectionLimit));
            await TestServer.AssertServedAsync(first);
            await TestServer.AssertServedAsync(second);

            // A slot freed by a client that leaves is available again (Kestrel releases it once the connection has ended).
            await first.DisposeAsync();
            await ConnectWhenSlotFreeAsync(server);
        }

        [Fact(Timeout = 10_000)]
        public async Task A_peer_that_does_not_read_is_closed_at_the_send_timeout()
        {
            await using TestServer server = await TestServer.StartAsync(options =>
            {
                options.SendTimeout = TimeSpan.FromMilliseconds(500);
                options.MessagesPerSecond = 10_000;
                options.MessageBurst = 1_000;

                // Room for every push, so the writer's send timeout, not the queue's bound, is what closes the peer.
                options.MaxOutboundBytes = 64 * 1024 * 1024;
                options.MaxOutboundFrames = 10_000;
            });

            // A raw socket with a small window that never reads: 200 requests for 60 KB pushes each, 12 MB in all.
            using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
            await socket.ConnectAsync(server.EndPoint);
            var requests = new List<byte>(Frames.Of(new C2G_Login { RpcId = 1, Account = "slow", Password = LoginHandler.Password }));
            for (int i = 0; i < 200; i++)
            {
                requests.AddRange(Frames.Of(new C2G_Download { Size = 60_000 }));
            }

            await socket.SendAsync(requests.ToArray());

            await Eventually.TrueAsync(() => server.Metrics.Closes(CloseReason.SendTimeout) == 1);
            Assert.InRange(server.Calls.Count(C2G_Download.Opcode), 1, 200);
            await server.AssertServesNewClientAsync();
        }

        private static async Task ConnectWhenSlotFreeAsync(TestServer server)
        {
            DateTime giveUp = DateTime.UtcNow + TestServer.Patience;
            while (true)
            {
                try
                {
                    await server.AssertServesNewClientAsync();
                    return;
                }
                catch (IOException) when (DateTime.UtcNow < giveUp)
                {
                    await Task.Delay(50);
                }
            }
        }
    }
}
