using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using EtProtocolGen.Client;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Transport.Tests.Infrastructure;

namespace EtProtocolGen.Transport.Tests
{
    public sealed class NormalSessionTests
    {
        [Fact(Timeout = 10_000)]
        public async Task A_client_logs_in_then_gets_answers_to_its_requests_and_pushes_for_its_messages()
        {
            await using TestServer server = await TestServer.StartAsync();
            var pushes = new BlockingCollection<IWireMessage>();
            await using ProtocolClient client = await server.ConnectAsync(new ProtocolClientOptions { MessageReceived = pushes.Add });

            G2C_Login login = await client.Rpc.CallAsync(new C2G_Login { Account = "alice", Password = LoginHandler.Password });
            Assert.Equal(ErrorCodes.Success, login.Error);
            Assert.True(login.PlayerId > 0);

            for (int sequence = 1; sequence <= 5; sequence++)
            {
                G2C_Ping pong = await client.Rpc.CallAsync(new C2G_Ping { Sequence = sequence });
                Assert.Equal(ErrorCodes.Success, pong.Error);
                Assert.Equal(sequence, pong.Sequence);
            }

            await client.SendAsync(new C2G_Chat { Text = "hello" });
            Assert.True(pushes.TryTake(out IWireMessage? push, TestServer.Patience));
            var line = Assert.IsType<G2C_ChatLine>(push);
            Assert.Equal("hello", line.Text);
            Assert.Equal(login.PlayerId, line.PlayerId);

            Assert.Equal(5, server.Calls.Count(C2G_Ping.Opcode));
            Assert.Equal(0, server.Metrics.TotalRefusals);
            Assert.True(client.IsConnected);
        }

        [Fact(Timeout = 10_000)]
        public async Task Concurrent_requests_are_each_completed_by_the_response_with_their_RpcId()
        {
            await using TestServer server = await TestServer.StartAsync();
            await using ProtocolClient client = await server.ConnectPlayerAsync();

            G2C_Ping[] pongs = await Task.WhenAll(Enumerable.Range(1, 20).Select(sequence => client.Rpc.CallAsync(new C2G_Ping { Sequence = sequence })));

            Assert.Equal(Enumerable.Range(1, 20), pongs.Select(pong => pong.Sequence));
            Assert.Equal(0, client.Refusals);
            Assert.Equal(0, client.Rpc.PendingCount);
        }

        [Fact(Timeout = 10_000)]
        public async Task A_wrong_password_gets_the_handlers_error_code_and_the_session_stays_anonymous()
        {
            await using TestServer server = await TestServer.StartAsync();
            await using ProtocolClient client = await server.ConnectAsync();

            G2C_Login login = await client.Rpc.CallAsync(new C2G_Login { Account = "alice", Password = "guess" });
            G2C_Ping pong = await client.Rpc.CallAsync(new C2G_Ping { Sequence = 1 });

            Assert.Equal(LoginHandler.WrongPassword, login.Error);
            Assert.Equal(ErrorCodes.Unauthorized, pong.Error);
            Assert.Equal(0, server.Calls.Count(C2G_Ping.Opcode));
        }

        [Fact(Timeout = 10_000)]
        public async Task Disposing_the_client_closes_the_connection_and_fails_pending_requests()
        {
            await using TestServer server = await TestServer.StartAsync();
            ProtocolClient client = await server.ConnectPlayerAsync();

            await client.DisposeAsync();

            Assert.Equal(CloseReason.LocalClose, await client.Closed);
            await Assert.ThrowsAsync<System.IO.IOException>(async () => await client.SendAsync(new C2G_Chat { Text = "late" }));
            await Assert.ThrowsAsync<ObjectDisposedException>(() => client.Rpc.CallAsync(new C2G_Ping()));
        }
    }
}
