using System;
using System.Collections.Generic;
using System.Net.Sockets;
using System.Threading.Tasks;
using EtProtocolGen.Client;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Transport.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EtProtocolGen.Transport.Tests
{
    /// <summary>A connection must log in within the login timeout, and unauthenticated connections are capped.</summary>
    public sealed class LoginTimeoutTests
    {
        // Long enough for a first login on a busy machine (JIT of the whole path), short enough for a test.
        private static readonly TimeSpan LoginTimeout = TimeSpan.FromMilliseconds(1500);

        [Fact(Timeout = 20_000)]
        public async Task Handled_anonymous_frames_do_not_extend_the_login_deadline()
        {
            await using TestServer server = await TestServer.StartAsync(options => options.LoginTimeout = LoginTimeout);
            await using ProtocolClient anonymous = await server.ConnectAsync();
            DateTime started = DateTime.UtcNow;

            // Wrong-password logins: handled and answered, never authenticating; one every 100 ms, for at most 3 timeouts.
            int answered = 0;
            while (anonymous.IsConnected && DateTime.UtcNow - started < 3 * LoginTimeout)
            {
                try
                {
                    G2C_Login login = await anonymous.Rpc.CallAsync(new C2G_Login { Account = "guess", Password = "wrong" + answered });
                    Assert.Equal(LoginHandler.WrongPassword, login.Error);
                    answered++;
                }
                catch (System.IO.IOException)
                {
                    break;
                }

                await Task.Delay(100);
            }

            await ClientAssert.ClosedByServerAsync(anonymous);
            TimeSpan lived = DateTime.UtcNow - started;
            Assert.True(answered >= 5, "answered " + answered);
            Assert.InRange(lived, LoginTimeout - TimeSpan.FromMilliseconds(50), 3 * LoginTimeout);
            Assert.Equal(1, server.Metrics.Closes(CloseReason.LoginTimeout));
            Assert.Equal(1, server.Metrics.Refusals(RefusalReason.LoginTimeout));
        }

        [Fact(Timeout = 20_000)]
        public async Task A_session_that_logs_in_outlives_the_login_deadline()
        {
            await using TestServer server = await TestServer.StartAsync(options => options.LoginTimeout = LoginTimeout);
            await using ProtocolClient player = await server.ConnectPlayerAsync();

            await Task.Delay(2 * LoginTimeout);

            await TestServer.AssertServedAsync(player);
            Assert.Equal(0, server.Metrics.Closes(CloseReason.LoginTimeout));
            Assert.Equal(0, server.Server.Admission.UnauthenticatedConnections);
        }

        [Fact(Timeout = 20_000)]
        public async Task An_address_holds_at_most_its_unauthenticated_connections_and_logging_in_frees_a_place()
        {
            const int limit = 3;
            await using TestServer server = await TestServer.StartAsync(options => options.MaxUnauthenticatedConnectionsPerAddress = limit);
            var silent = new List<Socket>();
            try
            {
                for (int i = 0; i < limit - 1; i++)
                {
                    silent.Add(await RawSocket.ConnectAsync(server.EndPoint, RawSocket.Attacker));
                }

                // The last place of the address: this one logs in, and hands its place back.
                using Socket loggingIn = await RawSocket.ConnectAsync(server.EndPoint, RawSocket.Attacker);
                await Eventually.TrueAsync(() => server.Server.Admission.UnauthenticatedConnections == limit);
                using (Socket over = await RawSocket.ConnectAsync(server.EndPoint, RawSocket.Attacker))
                {
                    await RawSocket.AssertClosedByServerAsync(over);
                }

                Assert.Equal(1, server.Metrics.Refusals(RefusalReason.AddressUnauthenticatedLimit));
                await server.AssertServesNewClientAsync();

                await loggingIn.SendAsync(Frames.Of(new C2G_Login { RpcId = 1, Account = "late", Password = LoginHandler.Password }));
                await Eventually.TrueAsync(() => server.Server.Admission.UnauthenticatedConnections == limit - 1);
                silent.Add(await RawSocket.ConnectAsync(server.EndPoint, RawSocket.Attacker));
                await Eventually.TrueAsync(() => server.Server.Admission.UnauthenticatedConnections == limit);
                Assert.Equal(1, server.Metrics.Refusals(RefusalReason.AddressUnauthenticatedLimit));
            }
            finally
            {
                silent.ForEach(static socket => socket.Dispose());
            }
        }

        [Fact(Timeout = 20_000)]
        public async Task A_player_gets_in_and_logs_in_while_an_attacker_holds_every_unauthenticated_place()
        {
            const int limit = 4;
            var logs = new CapturingLoggerProvider();
            await using TestServer server = await TestServer.StartAsync(
                options => options.MaxUnauthenticatedConnections = limit,
                services => services.AddLogging(logging => logging.AddProvider(logs)));
            var silent = new List<Socket>();
            try
            {
                for (int i = 0; i < limit; i++)
                {
                    silent.Add(await RawSocket.ConnectAsync(server.EndPoint, RawSocket.Attacker));
                    int held = i + 1;
                    await Eventually.TrueAsync(() => server.Server.Admission.UnauthenticatedConnections == held);
                }

                // The attacker's address holds every place: it cannot take one from itself.
                using (Socket over = await RawSocket.ConnectAsync(server.EndPoint, RawSocket.Attacker))
                {
                    await RawSocket.AssertClosedByServerAsync(over);
                }

                Assert.Equal(1, server.Metrics.Refusals(RefusalReason.UnauthenticatedLimit));
                Assert.Equal(0, server.Metrics.Refusals(RefusalReason.UnauthenticatedEvicted));

                // The player's address holds none: it takes the place of the attacker's oldest connection, and logs in.
                await using (ProtocolClient player = await server.ConnectPlayerAsync())
                {
                    await TestServer.AssertServedAsync(player);
                    await RawSocket.AssertClosedByServerAsync(silent[0]);
                    await Eventually.TrueAsync(() => server.Metrics.Closes(CloseReason.UnauthenticatedEvicted) == 1);
                    Assert.Equal(1, server.Metrics.Refusals(RefusalReason.UnauthenticatedEvicted));
                    for (int i = 1; i < limit; i++)
                    {
                        Assert.False(await RawSocket.ClosedByServerAsync(silent[i], TimeSpan.FromMilliseconds(50)));
                    }

                    // Logged in, the player gave its place back.
                    await Eventually.TrueAsync(() => server.Server.Admission.UnauthenticatedConnections == limit - 1);
                }

                Assert.Equal(1, server.Metrics.Refusals(RefusalReason.UnauthenticatedLimit));
                Assert.Contains(logs.WithEventId(3), static entry => entry.Message.Contains("UnauthenticatedEvicted", StringComparison.Ordinal));
            }
            finally
            {
                silent.ForEach(static socket => socket.Dispose());
            }
        }

        [Fact(Timeout = 20_000)]
        public async Task Addresses_that_each_hold_one_place_make_room_oldest_first()
        {
            await using TestServer server = await TestServer.StartAsync(options => options.MaxUnauthenticatedConnections = 2);
            using Socket first = await RawSocket.ConnectAsync(server.EndPoint, RawSocket.Attacker);
            await Eventually.TrueAsync(() => server.Server.Admission.UnauthenticatedConnections == 1);
            using Socket second = await RawSocket.ConnectAsync(server.EndPoint, System.Net.IPAddress.Parse("127.0.0.3"));
            await Eventually.TrueAsync(() => server.Server.Admission.UnauthenticatedConnections == 2);

            using Socket third = await RawSocket.ConnectAsync(server.EndPoint, System.Net.IPAddress.Parse("127.0.0.4"));

            await RawSocket.AssertClosedByServerAsync(first);
            Assert.False(await RawSocket.ClosedByServerAsync(third, TimeSpan.FromMilliseconds(50)));
            Assert.False(await RawSocket.ClosedByServerAsync(second, TimeSpan.FromMilliseconds(50)));
            await Eventually.TrueAsync(() => server.Metrics.Closes(CloseReason.UnauthenticatedEvicted) == 1);
            Assert.Equal(0, server.Metrics.Refusals(RefusalReason.UnauthenticatedLimit));
            Assert.Equal(2, server.Server.Admission.UnauthenticatedConnections);
        }
    }
}
