using System;
using System.Net;
using System.Threading.Tasks;
using EtProtocolGen.Transport.Server;
using EtProtocolGen.Transport.Tests.Infrastructure;

namespace EtProtocolGen.Transport.Tests
{
    public sealed class OptionsTests
    {
        public static TheoryData<Action<ProtocolServerOptions>> OutOfRange => new TheoryData<Action<ProtocolServerOptions>>
        {
            options => options.MaxFrameSize = 1,
            options => options.HandshakeTimeout = TimeSpan.Zero,
            options => options.IdleTimeout = TimeSpan.FromSeconds(-1),
            options => options.SendTimeout = TimeSpan.Zero,
            options => options.MessagesPerSecond = 0,
            options => options.MessageBurst = 0,
            options => options.MaxRefusals = 0,
            options => options.MaxConcurrentConnections = 0,
            options => options.MaxConnectionsPerAddress = 0,
            options => options.ConnectionsPerSecondPerAddress = 0,
            options => options.ConnectionBurstPerAddress = 0,
            options => options.LoginTimeout = TimeSpan.Zero,
            options => options.MaxUnauthenticatedConnections = 0,
            options => options.MaxUnauthenticatedConnectionsPerAddress = 0,
            options => options.MaxLogEntriesPerSecond = 0,
            options => options.MaxOutboundFrames = 0,
            options => options.SocketSendBufferSize = -1,
            options => options.SocketReceiveBufferSize = -1,
            options => options.MaxOutboundBytes = OneFrame - 1,
            options => options.MaxPartialFrameBytes = OneFrame - 1,
        };

        private const long OneFrame = EtProtocolGen.Framing.FrameFormat.LengthSize + EtProtocolGen.Framing.FrameFormat.DefaultMaxFrameSize;

        [Fact]
        public void The_defaults_are_valid()
        {
            var options = new ProtocolServerOptions();

            options.Validate();

            Assert.Equal(64 * 1024, options.MaxFrameSize);
            Assert.True(options.CloseOnProtocolViolation);
        }

        [Fact]
        public void The_outbound_queue_and_the_partial_frame_budget_may_be_exactly_one_frame()
        {
            var options = new ProtocolServerOptions { MaxOutboundBytes = OneFrame, MaxPartialFrameBytes = OneFrame };

            options.Validate();
        }

        [Theory]
        [MemberData(nameof(OutOfRange))]
        public void A_limit_out_of_range_is_rejected(Action<ProtocolServerOptions> configure)
        {
            var options = new ProtocolServerOptions();
            configure(options);

            Assert.Throws<ArgumentOutOfRangeException>(options.Validate);
        }

        [Fact(Timeout = 10_000)]
        public async Task A_server_with_a_limit_out_of_range_does_not_start()
        {
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => TestServer.StartAsync(options => options.MaxRefusals = 0));
        }
    }
}
