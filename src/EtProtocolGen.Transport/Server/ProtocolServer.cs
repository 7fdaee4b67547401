using System;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Transport.Server.Admission;
using EtProtocolGen.Transport.Server.Memory;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace EtProtocolGen.Transport.Server
{
    /// <summary>
    /// A running protocol server: a minimal ASP.NET Core host whose only endpoint is Kestrel with
    /// <see cref="ProtocolConnectionHandler{TSession}"/>. For a host of your own, use
    /// <see cref="ProtocolServerExtensions.AddProtocolServer{TSession, TApplication}"/> and
    /// <see cref="ProtocolServerExtensions.ListenProtocol{TSession}"/> instead.
    /// </summary>
    /// <example>
    /// <code>
    /// await using ProtocolServer server = await ProtocolServer.StartAsync&lt;PlayerSession, GameApplication&gt;(
    ///     new IPEndPoint(IPAddress.Loopback, 0),
    ///     options => options.MaxRefusals = 5,
    ///     services => services.AddMyProtocolDispatchers());
    /// Console.WriteLine(server.EndPoint); // the bound port
    /// </code>
    /// </example>
    public sealed class ProtocolServer : IAsyncDisposable
    {
        private readonly WebApplication _host;

        private ProtocolServer(WebApplication host, IPEndPoint endPoint)
        {
            _host = host;
            EndPoint = endPoint;
            Metrics = host.Services.GetRequiredService<TransportMetrics>();
            Admission = host.Services.GetRequiredService<ConnectionAdmission>();
            PartialFrames = host.Services.GetRequiredService<PartialFrameBudget>();
        }

        /// <summary>The address the server listens on; with port 0 requested, the port the system chose.</summary>
        public IPEndPoint EndPoint { get; }

        /// <summary>Refusals and closes counted so far.</summary>
        public TransportMetrics Metrics { get; }

        /// <summary>The per-address and pre-login limits, and how many connections have not logged in.</summary>
        public ConnectionAdmission Admission { get; }

        /// <summary>The bytes all connections hold in incomplete frames, against the server's budget.</summary>
        public PartialFrameBudget PartialFrames { get; }

        /// <summary>The host's services (the application, the dispatchers, logging).</summary>
        public IServiceProvider Services => _host.Services;

        /// <summary>
        /// Builds and starts a host that serves the protocol on <paramref name="endPoint"/>.
        /// </summary>
        /// <typeparam name="TSession">The application's session type.</typeparam>
        /// <typeparam name="TApplication">The application: sessions and dispatch (registered as a singleton).</typeparam>
        /// <param name="endPoint">Where to listen; port 0 picks a free port (read it from <see cref="EndPoint"/>).</param>
        /// <param name="configureOptions">Sets the limits; the defaults are those of <see cref="ProtocolServerOptions"/>.</param>
        /// <param name="configureServices">Registers what the application needs (dispatchers, handlers, logging providers).</param>
        /// <param name="cancellationToken">Cancels the start.</param>
        public static async Task<ProtocolServer> StartAsync<TSession, TApplication>(
            IPEndPoint endPoint,
            Action<ProtocolServerOptions>? configureOptions = null,
            Action<IServiceCollection>? configureServices = null,
            CancellationToken cancellationToken = default)
            where TSession : class, IProtocolSession
            where TApplication : class, IProtocolApplication<TSession>
        {
            ArgumentNullException.ThrowIfNull(endPoint);

            // The empty builder brings no HTTP defaults, configuration sources or logging providers: the only endpoint is ours.
            WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
            builder.WebHost.UseKestrelCore();
            builder.Services.AddLogging();
            builder.Services.AddProtocolServer<TSession, TApplication>(configureOptions);
            configureServices?.Invoke(builder.Services);

            ListenOptions? listen = null;
            builder.WebHost.ConfigureKestrel(kestrel => listen = kestrel.ListenProtocol<TSession>(endPoint));

            WebApplication host = builder.Build();
            try
            {
                await host.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await host.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            return new ProtocolServer(host, listen!.IPEndPoint!);
        }

        /// <summary>Stops accepting, closes every connection (their handlers are canceled) and waits for them to end.</summary>
        public Task StopAsync(CancellationToken cancellationToken = default) => _host.StopAsync(cancellationToken);

        /// <summary>Stops the server and releases the host.</summary>
        public async ValueTask DisposeAsync()
        {
            try
            {
                await _host.StopAsync().ConfigureAwait(false);
            }
            finally
            {
                await _host.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
