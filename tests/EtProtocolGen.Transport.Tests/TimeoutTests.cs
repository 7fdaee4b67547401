using System;
using System.Threading.Tasks;
using EtProtocolGen.Client;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Transport.Tests.Infrastructure;

namespace EtProtocolGen.Transport.Tests
{
    public sealed class TimeoutTests
    {
        private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(300);

        [Fact(Timeout = 10_000)]
        public async Task A_connection_that_sends_nothing_is_closed_at_the_handshake_timeout()
        {
            await using TestServer server = await TestServer.StartAsync(options => options.HandshakeTimeout = Short);
            await using ProtocolClient silent = await server.ConnectAsync();

            await ClientAssert.ClosedByServerAsync(silent);
            Assert.Equal(1, server.Metrics.Refusals(RefusalReason.HandshakeTimeout));
            Assert.Equal(1, server.Metrics.Closes(CloseReason.HandshakeTimeout));
        }

        [Fact(Timeout = 10_000)]
        public async Task A_logged_in_client_that_goes_quiet_is_closed_at_the_idle_timeout()
        {
            await using TestServer server = await TestServer.StartAsync(options => options.IdleTimeout = Short);
            await using ProtocolClient quiet = await server.ConnectPlayerAsync();

            await ClientAssert.ClosedByServerAsync(quiet);
            Assert.Equal(1, server.Metrics.Refusals(RefusalReason.IdleTimeout));
            Assert.Equal(1, server.Metrics.Closes(CloseReason.IdleTimeout));
            await Assert.ThrowsAnyAsync<Exception>(() => quiet.Rpc.CallAsync(new C2G_Ping()));
        }

        [Fact(Timeout = 10_000)]
        public async Task A_frame_trickled_byte_by_byte_does_not_keep_the_connection_alive()
        {
            await using TestServer server = await TestServer.StartAsync(options => options.IdleTimeout = Short);
            await using ProtocolClient slow = await server.ConnectPlayerAsync();
            byte[] frame = Frames.Of(new C2G_Ping { RpcId = 500, Sequence = 1 });

            for (int i = 0; i < frame.Length - 1 && slow.IsConnected; i++)
            {
                try
                {
                    await slow.SendRawAsync(frame.AsMemory(i, 1));
                }
                catch (System.IO.IOException)
                {
                    break;
                }

                await Task.Delay(Short / 3);
            }

            await ClientAssert.ClosedByServerAsync(slow);
            Assert.Equal(1, server.Metrics.Closes(CloseReason.IdleTimeout));
            Assert.Equal(0, server.Calls.Count(C2G_Ping.Opcode));
        }

        [Fact(Timeout = 10_000)]
        public async Task A_client_that_keeps_talking_outlives_the_idle_timeout()
        {
            // Gaps of a quarter of the idle timeout, two timeouts long in all: only a stall of the whole machine for more than
            // 1.5 s could look idle.
            TimeSpan idle = TimeSpan.FromSeconds(2);
            await using TestServer server = await TestServer.StartAsync(options => options.IdleTimeout = idle);
            await using ProtocolClient client = await server.ConnectPlayerAsync();

            for (int i = 0; i < 8; i++)
            {
                await Task.Delay(idle / 4);
                await TestServer.AssertServedAsync(client);
            }

            Assert.True(client.IsConnected);
            Assert.Equal(0, server.Metrics.TotalRefusals);
        }
    }
}
