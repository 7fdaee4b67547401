using System;
using System.Threading.Tasks;
using EtProtocolGen.Client;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Framing;
using EtProtocolGen.Transport.Tests.Infrastructure;

namespace EtProtocolGen.Transport.Tests
{
    public sealed class FrameLimitTests
    {
        [Fact(Timeout = 10_000)]
        public async Task An_oversize_frame_closes_the_connection()
        {
            await using TestServer server = await TestServer.StartAsync(options => options.MaxFrameSize = 1024);
            await using ProtocolClient attacker = await server.ConnectAsync();

            await attacker.SendRawAsync(FrameFormat.Build(C2G_Login.Opcode, new byte[2048]));

            await ClientAssert.ClosedByServerAsync(attacker);
            Assert.Equal(1, server.Metrics.Refusals(RefusalReason.FrameTooLarge));
            Assert.Equal(1, server.Metrics.Closes(CloseReason.FrameTooLarge));
            Assert.Equal(0, server.Calls.Count(C2G_Login.Opcode));
            await server.AssertServesNewClientAsync();
        }

        [Fact(Timeout = 10_000)]
        public async Task A_frame_of_exactly_the_maximum_size_is_accepted()
        {
            await using TestServer server = await TestServer.StartAsync(options => options.MaxFrameSize = 1024);
            await using ProtocolClient client = await server.ConnectPlayerAsync();

            // A ping padded with an unknown field (number 15, length-delimited) to exactly 1024 - 2 bytes of payload.
            byte[] ping = Frames.Of(new C2G_Ping { RpcId = 7, Sequence = 1 });
            int padding = 1022 - (ping.Length - FrameFormat.HeaderSize) - 3;
            var payload = new byte[1022];
            ping.AsSpan(FrameFormat.HeaderSize).CopyTo(payload);
            int at = ping.Length - FrameFormat.HeaderSize;
            payload[at] = (15 << 3) | 2;
            payload[at + 1] = (byte)(0x80 | (padding & 0x7F));
            payload[at + 2] = (byte)(padding >> 7);

            await client.SendRawAsync(FrameFormat.Build(C2G_Ping.Opcode, payload));
            await TestServer.AssertServedAsync(client);

            Assert.Equal(2, server.Calls.Count(C2G_Ping.Opcode));
            Assert.Equal(0, server.Metrics.TotalRefusals);
        }

        [Fact(Timeout = 10_000)]
        public async Task A_length_bomb_is_refused_from_its_header_without_waiting_for_or_allocating_the_body()
        {
            // Long timeouts: a close can only come from the length check, not from waiting for 2 GB that never arrive.
            await using TestServer server = await TestServer.StartAsync();
            await using ProtocolClient attacker = await server.ConnectAsync();
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

            await attacker.SendRawAsync(Frames.HeaderOnly(declaredLength: 0x7FFF_FFFF, C2G_Login.Opcode));

            await ClientAssert.ClosedByServerAsync(attacker);
            // Process-wide, so tests running alongside count too: the bound is far above them and far below the 2 GB claimed.
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            Assert.True(allocated < 256 * 1024 * 1024, "allocated " + allocated + " bytes");
            Assert.Equal(1, server.Metrics.Refusals(RefusalReason.FrameTooLarge));
            Assert.Equal(1, server.Metrics.Closes(CloseReason.FrameTooLarge));
            await server.AssertServesNewClientAsync();
        }

        [Fact(Timeout = 10_000)]
        public async Task A_frame_too_short_to_hold_an_opcode_closes_the_connection()
        {
            await using TestServer server = await TestServer.StartAsync();
            await using ProtocolClient attacker = await server.ConnectAsync();

            await attacker.SendRawAsync(new byte[] { 1, 0, 0, 0, 0xAB });

            await ClientAssert.ClosedByServerAsync(attacker);
            Assert.Equal(1, server.Metrics.Refusals(RefusalReason.FrameTooShort));
            Assert.Equal(1, server.Metrics.Closes(CloseReason.FrameTooShort));
            await server.AssertServesNewClientAsync();
        }
    }
}
