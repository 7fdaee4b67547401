using System;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using EtProtocolGen.Client.Tests.Infrastructure;
using EtProtocolGen.Framing;

namespace EtProtocolGen.Client.Tests
{
    /// <summary>The client against a hostile server: a raw socket that sends chosen bytes.</summary>
    public sealed class HostileServerTests
    {
        [Fact(Timeout = 10_000)]
        public async Task A_length_bomb_from_the_server_closes_the_client_without_buffering_it()
        {
            await using HostileServer server = await HostileServer.StartAsync();

            await server.SendAsync(Frames.HeaderOnly(0xFFFF_FFF0, G2C_Ping.Opcode));

            Assert.Equal(CloseReason.FrameTooLarge, await server.Client.Closed.WaitAsync(Patience.Timeout));
            Assert.Equal(1, server.Client.Refusals);
        }

        [Fact(Timeout = 10_000)]
        public async Task A_frame_that_does_not_decode_closes_the_client()
        {
            await using HostileServer server = await HostileServer.StartAsync();

            await server.SendAsync(FrameFormat.Build(G2C_Ping.Opcode, new byte[] { 0x1A, 0x7F }));

            Assert.Equal(CloseReason.ProtocolViolation, await server.Client.Closed.WaitAsync(Patience.Timeout));
            Assert.Equal(1, server.Client.Refusals);
        }

        [Fact(Timeout = 10_000)]
        public async Task A_response_nobody_waits_for_is_refused_and_the_pending_request_still_gets_its_own()
        {
            await using HostileServer server = await HostileServer.StartAsync();
            Task<G2C_Ping> call = server.Client.Rpc.CallAsync(new C2G_Ping { Sequence = 5 });
            byte[] request = await server.ReceiveAsync();
            int rpcId = C2G_Ping.Parse(request.AsSpan(FrameFormat.HeaderSize)).RpcId;

            await server.SendAsync(Frames.Of(new G2C_Ping { RpcId = rpcId + 100, Sequence = 666 }));
            await server.SendAsync(Frames.Of(new G2C_Ping { RpcId = rpcId, Sequence = 5 }));

            Assert.Equal(5, (await call).Sequence);
            Assert.Equal(1, server.Client.Refusals);
            Assert.True(server.Client.IsConnected);
        }

        [Fact(Timeout = 10_000)]
        public async Task Pushes_go_to_MessageReceived_and_a_callback_that_throws_does_not_end_the_connection()
        {
            var pushes = new System.Collections.Concurrent.ConcurrentQueue<string>();
            await using HostileServer server = await HostileServer.StartAsync(new ProtocolClientOptions
            {
                MessageReceived = message =>
                {
                    var line = (G2C_ChatLine)message;
                    pushes.Enqueue(line.Text);
                    if (line.Text == "boom")
                    {
                        throw new InvalidOperationException("callback bug");
                    }
                },
            });
            Task<G2C_Ping> call = server.Client.Rpc.CallAsync(new C2G_Ping { Sequence = 3 });
            int rpcId = C2G_Ping.Parse((await server.ReceiveAsync()).AsSpan(FrameFormat.HeaderSize)).RpcId;

            await server.SendAsync(Frames.Of(new G2C_ChatLine { Text = "boom" }));
            await server.SendAsync(Frames.Of(new G2C_ChatLine { Text = "after" }));
            await server.SendAsync(Frames.Of(new G2C_Ping { RpcId = rpcId, Sequence = 3 }));

            Assert.Equal(3, (await call).Sequence);
            Assert.Equal(new[] { "boom", "after" }, pushes.ToArray());
            Assert.True(server.Client.IsConnected);
            Assert.Equal(0, server.Client.Refusals);
        }

        [Fact(Timeout = 10_000)]
        public async Task Pending_requests_fail_when_the_server_closes_the_connection()
        {
            await using HostileServer server = await HostileServer.StartAsync();
            Task<G2C_Ping> call = server.Client.Rpc.CallAsync(new C2G_Ping { Sequence = 1 });
            await server.ReceiveAsync();

            server.CloseConnection();

            await Assert.ThrowsAsync<System.IO.IOException>(() => call);
            Assert.Equal(CloseReason.PeerClosed, await server.Client.Closed.WaitAsync(Patience.Timeout));
        }
    }
}
