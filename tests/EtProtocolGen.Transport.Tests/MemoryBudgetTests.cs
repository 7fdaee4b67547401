using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using EtProtocolGen.Client;
using EtProtocolGen.Framing;
using EtProtocolGen.Transport.Server.Memory;
using EtProtocolGen.Transport.Tests.Infrastructure;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EtProtocolGen.Transport.Tests
{
    /// <summary>Incomplete frames held by many connections stay within the server's budget; the oldest holders are closed.</summary>
    public sealed class MemoryBudgetTests
    {
        private const int FrameLimit = 16 * 1024;

        [Fact(Timeout = 30_000)]
        public async Task Past_the_budget_the_connection_holding_the_oldest_incomplete_frame_is_closed()
        {
            // Each attacker holds 16,006 bytes of a 16 KiB frame: 4 pool blocks. The budget holds four of them.
            const int blocksEach = 4;
            await using TestServer server = await TestServer.StartAsync(options =>
            {
                options.MaxFrameSize = FrameLimit;
                options.MaxPartialFrameBytes = 4 * blocksEach * PartialFrameBudget.BlockSize;
            });
            await using ProtocolClient player = await server.ConnectPlayerAsync();
            var attackers = new List<Socket>();
            try
            {
                for (int i = 0; i < 4; i++)
                {
                    attackers.Add(await HoldPartialFrameAsync(server, IPAddress.Parse("127.0.0." + (2 + i))));
                    int holders = i + 1;
                    await Eventually.TrueAsync(() => server.Server.PartialFrames.Holders == holders);
                }

                Assert.Equal(4 * blocksEach * PartialFrameBudget.BlockSize, server.Server.PartialFrames.ChargedBytes);
                Assert.Equal(0, server.Metrics.Closes(CloseReason.MemoryBudget));

                attackers.Add(await HoldPartialFrameAsync(server, IPAddress.Parse("127.0.0.6")));

                await RawSocket.AssertClosedByServerAsync(attackers[0]);
                await Eventually.TrueAsync(() => server.Metrics.Closes(CloseReason.MemoryBudget) == 1);
                Assert.Equal(1, server.Metrics.Refusals(RefusalReason.MemoryBudget));
                for (int i = 1; i < attackers.Count; i++)
                {
                    Assert.False(await RawSocket.ClosedByServerAsync(attackers[i], TimeSpan.FromMilliseconds(50)));
                }

                Assert.InRange(server.Server.PartialFrames.ChargedBytes, 0, server.Server.PartialFrames.Budget);
                await TestServer.AssertServedAsync(player);
            }
            finally
            {
                attackers.ForEach(static socket => socket.Dispose());
            }
        }

        [Fact(Timeout = 30_000)]
        public async Task The_socket_transport_buffers_at_most_one_frame_per_connection()
        {
            await using TestServer server = await TestServer.StartAsync(options => options.MaxFrameSize = FrameLimit);

            SocketTransportOptions socket = server.Server.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value;

            Assert.Equal(FrameFormat.LengthSize + FrameLimit, socket.MaxReadBufferSize);
        }

        [Fact(Timeout = 30_000)]
        public async Task A_frame_completed_in_pieces_gives_its_bytes_back()
        {
            await using TestServer server = await TestServer.StartAsync(options => options.MaxFrameSize = FrameLimit);
            using Socket socket = await RawSocket.ConnectAsync(server.EndPoint, RawSocket.Attacker);
            byte[] login = Frames.Of(new C2G_Login { RpcId = 1, Account = "pieces", Password = LoginHandler.Password });

            await socket.SendAsync(login.AsMemory(0, login.Length - 1));
            await Eventually.TrueAsync(() => server.Server.PartialFrames.Holders == 1);
            await socket.SendAsync(login.AsMemory(login.Length - 1));

            await Eventually.TrueAsync(() => server.Calls.Count(C2G_Login.Opcode) == 1);
            await Eventually.TrueAsync(() => server.Server.PartialFrames.ChargedBytes == 0);
            Assert.Equal(0, server.Server.PartialFrames.Holders);
        }

        /// <summary>A connection from <paramref name="from"/> that sends a 16 KiB frame's header and all but 10 bytes of its body.</summary>
        private static async Task<Socket> HoldPartialFrameAsync(TestServer server, IPAddress from)
        {
            Socket socket = await RawSocket.ConnectAsync(server.EndPoint, from);
            byte[] partial = new byte[FrameFormat.HeaderSize + FrameLimit - FrameFormat.OpcodeSize - 10];
            FrameFormat.WriteHeader(partial, FrameLimit, C2G_Login.Opcode);
            await socket.SendAsync(partial);
            return socket;
        }
    }
}
