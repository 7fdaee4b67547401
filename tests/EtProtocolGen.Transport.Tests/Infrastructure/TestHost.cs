using System;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Linq;
using System.Threading.Tasks;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Transport.Server;
using EtProtocolGen.Transport.WebSockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace EtProtocolGen.Transport.Tests.Infrastructure
{
    /// <summary>A host of the test protocol as an application would write it: TLS on the protocol listener, or a WebSocket endpoint.</summary>
    public sealed class TestHost : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private TestHost(WebApplication app)
        {
            _app = app;
            Metrics = app.Services.GetRequiredService<TransportMetrics>();
        }

        public TransportMetrics Metrics { get; }

        /// <summary>The TLS protocol endpoint, after <see cref="StartTlsAsync"/>.</summary>
        public IPEndPoint TlsEndPoint { get; private set; } = new IPEndPoint(IPAddress.None, 0);

        /// <summary>The WebSocket endpoint, after <see cref="StartWebSocketAsync"/>.</summary>
        public Uri WebSocketUri { get; private set; } = new Uri("ws://invalid/");

        /// <summary>Serves the protocol over TLS: Kestrel's <c>UseHttps</c> on the protocol listener, before the protocol's handler.</summary>
        public static async Task<TestHost> StartTlsAsync(X509Certificate2 certificate)
        {
            ListenOptions? listen = null;
            WebApplication app = Build(null, kestrel => listen = kestrel.ListenProtocol<TestSession>(
                new IPEndPoint(IPAddress.Loopback, 0),
                options => options.UseHttps(certificate)));
            await app.StartAsync();
            return new TestHost(app) { TlsEndPoint = listen!.IPEndPoint! };
        }

        /// <summary>Serves the protocol over WebSocket at /play on an HTTP listener.</summary>
        public static async Task<TestHost> StartWebSocketAsync(Action<ProtocolServerOptions>? configure = null)
        {
            WebApplication app = Build(configure, kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            app.UseWebSockets();
            app.MapProtocolWebSocket<TestSession>("/play");
            await app.StartAsync();
            string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
            return new TestHost(app) { WebSocketUri = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/play") };
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        private static WebApplication Build(Action<ProtocolServerOptions>? configure, Action<KestrelServerOptions> listen)
        {
            WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
            builder.WebHost.UseKestrelCore();
            builder.Services.AddRouting();
            builder.Services.AddLogging();
            TestServer.AddTestProtocol(builder.Services);
            builder.Services.AddProtocolServer<TestSession, TestApplication>(options =>
            {
                TestServer.Relax(options);
                configure?.Invoke(options);
            });
            builder.WebHost.ConfigureKestrel(listen);
            return builder.Build();
        }
    }
}
