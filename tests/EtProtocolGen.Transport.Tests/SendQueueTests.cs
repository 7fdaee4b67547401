using System;
using System.Collections.Generic;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Client;
using EtProtocolGen.Framing;
using EtProtocolGen.Transport.Tests.Infrastructure;

namespace EtProtocolGen.Transport.Tests
{
    /// <summary>Sends never wait for a peer: broadcasts enqueue, only a handler's own reply holds back its own connection.</summary>
    public sealed class SendQueueTests
    {
        [Fact(Timeout = 30_000)]
        public async Task A_broadcast_never_waits_for_peers_that_do_not_read_and_they_are_closed_as_slow_consumers()
        {
            const int shouts = 120;   // 120 blobs of 60 KB: 7 MB per peer, more than loopback's socket buffers hold
            const int slowPeers = 3;
            await using TestServer server = await TestServer.StartAsync(options =>
            {
                // A broadcast that awaited each peer would take this long per silent peer; the test must finish far sooner.
                options.SendTimeout = TimeSpan.FromSeconds(60);
                options.MaxOutboundFrames = 64;
                options.MaxOutboundBytes = 1024 * 1024;
                options.MessagesPerSecond = 1_000;
                options.MessageBurst = 1_000;
            });
            var slow = new List<Socket>();
            try
            {
                for (int i = 0; i < slowPeers; i++)
                {
                    slow.Add(await LogInSilentlyAsync(server, "slow" + i));
                }

                int blobs = 0;
                await using ProtocolClient player = await server.ConnectPlayerAsync(new ProtocolClientOptions
                {
                    MessageReceived = message => Interlocked.Increment(ref blobs),
                });

                // The player reads: each shout waits for the player's own copy, so only the silent peers fall behind.
                for (int i = 0; i < shouts; i++)
                {
                    await player.SendAsync(new C2G_Shout { Size = 60_000 });
                    int expected = i + 1;
                    await Eventually.TrueAsync(() => Volatile.Read(ref blobs) == expected);
                }

                await Eventually.TrueAsync(() => server.Metrics.Closes(CloseReason.SlowConsumer) == slowPeers);
                Assert.Equal(shouts, server.Calls.Count(C2G_Shout.Opcode));
                Assert.Equal(0, server.Metrics.Closes(CloseReason.SendTimeout));
                await TestServer.AssertServedAsync(player);
            }
            finally
            {
                slow.ForEach(static socket => socket.Dispose());
            }
        }

        [Fact(Timeout = 30_000)]
        public async Task A_reply_the_peer_does_not_read_holds_back_only_its_own_connection()
        {
            await using TestServer server = await TestServer.StartAsync(options =>
            {
                options.SendTimeout = TimeSpan.FromSeconds(3);
                options.MaxOutboundFrames = 10_000;
                options.MaxOutboundBytes = 64 * 1024 * 1024;
                options.MessagesPerSecond = 1_000;
                options.MessageBurst = 1_000;
            });
            await using ProtocolClient player = await server.ConnectPlayerAsync();

            // Pushes that fill every buffer between the server and the silent peer, then requests: the first reply cannot be
            // flushed, so the peer's next frame is not read until the send timeout closes it.
            using Socket silent = await LogInSilentlyAsync(server, "silent");
            var frames = new List<byte>();
            for (int i = 0; i < 100; i++)
            {
                frames.AddRange(Frames.Of(new C2G_Download { Size = 60_000 }));
            }

            for (int i = 0; i < 50; i++)
            {
                frames.AddRange(Frames.Of(new C2G_Ping { RpcId = 100 + i, Sequence = i }));
            }

            await silent.SendAsync(frames.ToArray());
            await Eventually.TrueAsync(() => server.Calls.Count(C2G_Ping.Opcode) == 1);

            for (int i = 0; i < 10; i++)
            {
                await TestServer.AssertServedAsync(player);
            }

            await Eventually.TrueAsync(() => server.Metrics.Closes(CloseReason.SendTimeout) == 1);
            Assert.Equal(1 + 10, server.Calls.Count(C2G_Ping.Opcode));
            Assert.Equal(100, server.Calls.Count(C2G_Download.Opcode));
            await TestServer.AssertServedAsync(player);
        }

        [Fact(Timeout = 60_000)]
        public async Task The_kernel_send_buffer_is_bounded_so_a_peer_that_does_not_read_reaches_its_queue_bound_soon()
        {
            await using TestServer server = await TestServer.StartAsync(options =>
            {
                options.SocketSendBufferSize = 16 * 1024;
                options.MaxOutboundFrames = 64;
                options.SendTimeout = TimeSpan.FromSeconds(60);
                options.MessagesPerSecond = 100_000;
                options.MessageBurst = 100_000;
            });
            using Socket silent = await LogInSilentlyAsync(server, "silent");

            // Chat lines the server echoes back, about 75 bytes each, 20 every 10 ms: slower than a socket drains, so only the
            // buffers between the server and the peer (which never reads its echoes) decide when the queue overflows.
            var batch = new List<byte>();
            for (int i = 0; i < 20; i++)
            {
                batch.AddRange(Frames.Of(new C2G_Chat { Text = new string('x', 60) }));
            }

            byte[] frames = batch.ToArray();
            for (int sent = 0; sent < 20_000 && server.Metrics.Closes(CloseReason.SlowConsumer) == 0; sent += 20)
            {
                try
                {
                    await silent.SendAsync(frames);
                }
                catch (SocketException)
                {
                    break;
                }

                await Task.Delay(10);
            }

            // 16 KiB (doubled by the kernel), the transport's 64 KiB pipe and 64 queued frames hold a few thousand echoes;
            // left to the kernel's autotuning, its send buffer alone takes megabytes (tens of thousands) first.
            await Eventually.TrueAsync(() => server.Metrics.Closes(CloseReason.SlowConsumer) == 1);
            Assert.InRange(server.Calls.Count(C2G_Chat.Opcode), 64, 8_000);
        }

        /// <summary>A raw socket from the attacker address with a small window, logged in, that never reads again.</summary>
        private static async Task<Socket> LogInSilentlyAsync(TestServer server, string account)
        {
            Socket socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
            socket.Bind(new System.Net.IPEndPoint(RawSocket.Attacker, 0));
            await socket.ConnectAsync(server.EndPoint);
            long before = server.Calls.Count(C2G_Login.Opcode);
            await socket.SendAsync(Frames.Of(new C2G_Login { RpcId = 1, Account = account, Password = LoginHandler.Password }));
            await Eventually.TrueAsync(() => server.Calls.Count(C2G_Login.Opcode) > before);
            return socket;
        }
    }
}
