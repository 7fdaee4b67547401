using System.Threading.Tasks;
using EtProtocolGen.Client;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Framing;
using EtProtocolGen.Transport.Tests.Infrastructure;

namespace EtProtocolGen.Transport.Tests
{
    public sealed class DispatchRefusalTests
    {
        [Fact(Timeout = 10_000)]
        public async Task A_malformed_payload_closes_the_connection_before_any_handler_runs()
        {
            await using TestServer server = await TestServer.StartAsync();
            await using ProtocolClient attacker = await server.ConnectAsync();

            // Field 2 (Account) claims 100 bytes of string where 2 follow.
            await attacker.SendRawAsync(FrameFormat.Build(C2G_Login.Opcode, new byte[] { 0x12, 100, 0x41, 0x41 }));

            await ClientAssert.ClosedByServerAsync(attacker);
            Assert.Equal(1, server.Metrics.Refusals(RefusalReason.Malformed));
            Assert.Equal(1, server.Metrics.Closes(CloseReason.ProtocolViolation));
            Assert.Equal(0, server.Calls.Count(C2G_Login.Opcode));
            await server.AssertServesNewClientAsync();
        }

        [Fact(Timeout = 10_000)]
        public async Task An_unknown_opcode_closes_the_connection()
        {
            await using TestServer server = await TestServer.StartAsync();
            await using ProtocolClient attacker = await server.ConnectPlayerAsync();

            await attacker.SendRawAsync(FrameFormat.Build(9999, new byte[] { 0x08, 0x01 }));

            await ClientAssert.ClosedByServerAsync(attacker);
            Assert.Equal(1, server.Metrics.Refusals(RefusalReason.UnknownOpcode));
            Assert.Equal(1, server.Metrics.Closes(CloseReason.ProtocolViolation));
            await server.AssertServesNewClientAsync();
        }

        [Fact(Timeout = 10_000)]
        public async Task An_inner_opcode_from_an_outer_connection_is_refused_and_its_handler_never_runs()
        {
            await using TestServer server = await TestServer.StartAsync();
            await using ProtocolClient attacker = await server.ConnectPlayerAsync();

            await attacker.SendAsync(new S2S_Shutdown { DelaySeconds = 0 });

            await ClientAssert.ClosedByServerAsync(attacker);
            Assert.Equal(1, server.Metrics.Refusals(RefusalReason.ScopeDenied));
            Assert.Equal(1, server.Metrics.Closes(CloseReason.ProtocolViolation));
            Assert.Equal(0, server.Calls.Count(S2S_Shutdown.Opcode));
            await server.AssertServesNewClientAsync();
        }

        [Fact(Timeout = 10_000)]
        public async Task A_request_before_login_is_answered_Unauthorized_and_the_connection_stays_usable()
        {
            await using TestServer server = await TestServer.StartAsync();
            await using ProtocolClient client = await server.ConnectAsync();

            G2C_Ping refused = await client.Rpc.CallAsync(new C2G_Ping { Sequence = 1 });

            Assert.Equal(ErrorCodes.Unauthorized, refused.Error);
            Assert.Equal("", refused.Message);
            Assert.Equal(0, server.Calls.Count(C2G_Ping.Opcode));
            Assert.Equal(1, server.Metrics.Refusals(RefusalReason.Unauthorized));

            G2C_Login login = await client.Rpc.CallAsync(new C2G_Login { Account = "alice", Password = LoginHandler.Password });
            Assert.Equal(ErrorCodes.Success, login.Error);
            await TestServer.AssertServedAsync(client);
        }

        [Fact(Timeout = 10_000)]
        public async Task A_role_claimed_in_the_payload_grants_nothing()
        {
            await using TestServer server = await TestServer.StartAsync();
            await using ProtocolClient attacker = await server.ConnectAsync();

            G2C_Login login = await attacker.Rpc.CallAsync(new C2G_Login { Account = "mallory", Password = LoginHandler.Password, RequestedRole = "gm" });
            G2C_Kick kick = await attacker.Rpc.CallAsync(new C2G_Kick { PlayerId = 1, ClaimedRole = "gm" });

            Assert.Equal(ErrorCodes.Success, login.Error);
            Assert.Equal(ErrorCodes.Forbidden, kick.Error);
            Assert.Equal(0, server.Calls.Count(C2G_Kick.Opcode));
            Assert.Equal(1, server.Metrics.Refusals(RefusalReason.Forbidden));
            await TestServer.AssertServedAsync(attacker);
        }

        [Fact(Timeout = 10_000)]
        public async Task A_message_that_fails_validation_is_counted_and_never_handled()
        {
            await using TestServer server = await TestServer.StartAsync();
            await using ProtocolClient client = await server.ConnectPlayerAsync();

            await client.SendAsync(new C2G_Chat { Text = "" });
            await TestServer.AssertServedAsync(client);

            Assert.Equal(1, server.Metrics.Refusals(RefusalReason.ValidationFailed));
            Assert.Equal(0, server.Calls.Count(C2G_Chat.Opcode));
            Assert.True(client.IsConnected);
        }

        [Fact(Timeout = 10_000)]
        public async Task Without_CloseOnProtocolViolation_violations_count_as_refusals_up_to_the_limit()
        {
            await using TestServer server = await TestServer.StartAsync(options =>
            {
                options.CloseOnProtocolViolation = false;
                options.MaxRefusals = 3;
            });
            await using ProtocolClient attacker = await server.ConnectPlayerAsync();

            await attacker.SendRawAsync(FrameFormat.Build(9999, default));
            await attacker.SendAsync(new S2S_Shutdown());
            await TestServer.AssertServedAsync(attacker);
            Assert.Equal(2, server.Metrics.TotalRefusals);

            await attacker.SendRawAsync(FrameFormat.Build(C2G_Ping.Opcode, new byte[] { 0xFF }));

            await ClientAssert.ClosedByServerAsync(attacker);
            Assert.Equal(1, server.Metrics.Refusals(RefusalReason.UnknownOpcode));
            Assert.Equal(1, server.Metrics.Refusals(RefusalReason.ScopeDenied));
            Assert.Equal(1, server.Metrics.Refusals(RefusalReason.Malformed));
            Assert.Equal(1, server.Metrics.Closes(CloseReason.TooManyRefusals));
        }

        [Fact(Timeout = 10_000)]
        public async Task The_connection_closes_after_the_configured_number_of_refused_messages()
        {
            await using TestServer server = await TestServer.StartAsync(options => options.MaxRefusals = 3);
            await using ProtocolClient attacker = await server.ConnectAsync();

            for (int i = 0; i < 2; i++)
            {
                G2C_Ping refused = await attacker.Rpc.CallAsync(new C2G_Ping());
                Assert.Equal(ErrorCodes.Unauthorized, refused.Error);
            }

            Assert.True(attacker.IsConnected);
            await attacker.SendRawAsync(Frames.Of(new C2G_Ping { RpcId = 1000 }));

            await ClientAssert.ClosedByServerAsync(attacker);
            Assert.Equal(3, server.Metrics.Refusals(RefusalReason.Unauthorized));
            Assert.Equal(1, server.Metrics.Closes(CloseReason.TooManyRefusals));
            await server.AssertServesNewClientAsync();
        }
    }
}
