using System;
using System.Net;
using System.Threading.Tasks;
using EtProtocolGen.Client;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Transport.Server;
using Microsoft.Extensions.DependencyInjection;

namespace EtProtocolGen.Transport.Tests.Infrastructure
{
    /// <summary>A protocol server on an ephemeral loopback port, with the test protocol's handlers.</summary>
    public sealed class TestServer : IAsyncDisposable
    {
        /// <summary>Bounds every wait in the tests, so a regression fails instead of hanging.</summary>
        public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

        private TestServer(ProtocolServer server)
        {
            Server = server;
            Calls = server.Services.GetRequiredService<HandlerCalls>();
            Application = (TestApplication)server.Services.GetRequiredService<IProtocolApplication<TestSession>>();
        }

        public TestApplication Application { get; }

        public ProtocolServer Server { get; }

        public HandlerCalls Calls { get; }

        public TransportMetrics Metrics => Server.Metrics;

        public IPEndPoint EndPoint => Server.EndPoint;

        /// <summary>Starts a server; the defaults are relaxed so only the limit a test sets can trigger.</summary>
        public static async Task<TestServer> StartAsync(Action<ProtocolServerOptions>? configure = null, Action<IServiceCollection>? configureServices = null)
        {
            ProtocolServer server = await ProtocolServer.StartAsync<TestSession, TestApplication>(
                new IPEndPoint(IPAddress.Loopback, 0),
                options =>
                {
                    Relax(options);
                    configure?.Invoke(options);
                },
                services =>
                {
                    AddTestProtocol(services);
                    configureServices?.Invoke(services);
                });
            return new TestServer(server);
        }

        /// <summary>Relaxes the defaults so only the limit a test sets can trigger.</summary>
        public static void Relax(ProtocolServerOptions options)
        {
            options.HandshakeTimeout = TimeSpan.FromSeconds(30);
            options.IdleTimeout = TimeSpan.FromSeconds(30);
            options.LoginTimeout = TimeSpan.FromSeconds(30);
            options.MaxConnectionsPerAddress = 10_000;
            options.ConnectionsPerSecondPerAddress = 10_000;
            options.ConnectionBurstPerAddress = 10_000;
            options.MaxUnauthenticatedConnections = 10_000;
            options.MaxUnauthenticatedConnectionsPerAddress = 10_000;
            options.MaxLogEntriesPerSecond = 10_000;
        }

        /// <summary>The test protocol's handlers, their probes and the generated dispatchers.</summary>
        public static void AddTestProtocol(IServiceCollection services)
        {
            services.AddSingleton<HandlerCalls>();
            services.AddSingleton<TestSessions>();
            services.AddEtProtocolGenTransportTestsDispatchers();
        }

        public Task<ProtocolClient> ConnectAsync(ProtocolClientOptions? options = null)
        {
            options ??= new ProtocolClientOptions();
            options.RequestTimeout = Patience;
            return ProtocolClient.ConnectAsync(EndPoint, ProtocolRegistry.TryParse, options);
        }

        /// <summary>Connects and logs in as a player.</summary>
        public async Task<ProtocolClient> ConnectPlayerAsync(ProtocolClientOptions? options = null)
        {
            ProtocolClient client = await ConnectAsync(options);
            G2C_Login login = await client.Rpc.CallAsync(new C2G_Login { Account = "alice", Password = LoginHandler.Password });
            Assert.Equal(ErrorCodes.Success, login.Error);
            return client;
        }

        /// <summary>A new legitimate client still logs in and gets answers.</summary>
        public async Task AssertServesNewClientAsync()
        {
            await using ProtocolClient client = await ConnectPlayerAsync();
            await AssertServedAsync(client);
        }

        public static async Task AssertServedAsync(ProtocolClient client)
        {
            G2C_Ping pong = await client.Rpc.CallAsync(new C2G_Ping { Sequence = 42 });
            Assert.Equal(ErrorCodes.Success, pong.Error);
            Assert.Equal(42, pong.Sequence);
        }

        public ValueTask DisposeAsync() => Server.DisposeAsync();
    }
}
