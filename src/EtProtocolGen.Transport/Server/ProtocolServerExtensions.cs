using System;
using System.Diagnostics.Metrics;
using System.Net;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Framing;
using EtProtocolGen.Transport.Server.Admission;
using EtProtocolGen.Transport.Server.Memory;
using EtProtocolGen.Transport.Server.Sockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EtProtocolGen.Transport.Server
{
    /// <summary>Registers the protocol server in a host and binds it to a Kestrel endpoint.</summary>
    public static class ProtocolServerExtensions
    {
        /// <summary>
        /// Registers <typeparamref name="TApplication"/> as the application, the <see cref="ProtocolServerOptions"/>,
        /// <see cref="TransportMetrics"/>, and the <see cref="ConnectionAdmission"/> and <see cref="PartialFrameBudget"/> that
        /// every protocol endpoint of the host shares; sets the socket transport's read buffer to one frame
        /// (<c>SocketTransportOptions.MaxReadBufferSize</c>, which applies to every endpoint of the host) and the kernel's socket
        /// buffers of the protocol's endpoints (<see cref="ProtocolServerOptions.SocketSendBufferSize"/>,
        /// <see cref="ProtocolServerOptions.SocketReceiveBufferSize"/>). Bind an endpoint with <see cref="ListenProtocol{TSession}"/>.
        /// </summary>
        public static IServiceCollection AddProtocolServer<TSession, TApplication>(this IServiceCollection services, Action<ProtocolServerOptions>? configure = null)
            where TSession : class, IProtocolSession
            where TApplication : class, IProtocolApplication<TSession>
        {
            ArgumentNullException.ThrowIfNull(services);
            OptionsBuilder<ProtocolServerOptions> options = services.AddOptions<ProtocolServerOptions>();
            if (configure is not null)
            {
                options.Configure(configure);
            }

            options.Validate(static value =>
            {
                value.Validate();
                return true;
            });

            services.AddMetrics();
            services.TryAddSingleton(static provider => new TransportMetrics(provider.GetRequiredService<IMeterFactory>()));
            services.TryAddSingleton<ConnectionAdmission>();
            services.TryAddSingleton<PartialFrameBudget>();

            // Security: Kestrel's buffers sized to the protocol (ProtocolSocketSetup says how), once however many session
            // types the host serves.
            services.TryAddSingleton<ProtocolEndpoints>();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<SocketTransportOptions>, ProtocolSocketSetup>());
            services.TryAddSingleton<IProtocolApplication<TSession>, TApplication>();
            return services;
        }

        /// <summary>
        /// Listens on <paramref name="endPoint"/> with the protocol server, and applies the server's connection limit and frame
        /// size to Kestrel (<c>MaxConcurrentConnections</c>; <c>MaxRequestBufferSize</c> grows to hold one frame).
        /// </summary>
        /// <param name="kestrel">The Kestrel options of the host.</param>
        /// <param name="endPoint">Where to listen; port 0 picks a free port.</param>
        /// <param name="configureListen">
        /// Adds connection middleware that runs before the protocol, for example <c>listen.UseHttps(certificate)</c> for TLS.
        /// </param>
        /// <returns>The endpoint's options; after the host started, <see cref="ListenOptions.IPEndPoint"/> holds the bound port.</returns>
        public static ListenOptions ListenProtocol<TSession>(this KestrelServerOptions kestrel, IPEndPoint endPoint, Action<ListenOptions>? configureListen = null)
            where TSession : class, IProtocolSession
        {
            ArgumentNullException.ThrowIfNull(kestrel);
            ArgumentNullException.ThrowIfNull(endPoint);

            ProtocolServerOptions options = kestrel.ApplicationServices.GetRequiredService<IOptions<ProtocolServerOptions>>().Value;
            options.Validate();

            // Security: Kestrel refuses connections over the limit on accept, before any of our code runs for them.
            kestrel.Limits.MaxConcurrentConnections = options.MaxConcurrentConnections;

            // Kestrel's own request buffer limit (HTTP, and pipes some connection middleware adds) must hold a whole frame too,
            // or such a connection would stall on a frame at the limit.
            long oneFrame = FrameFormat.LengthSize + (long)options.MaxFrameSize;
            if (kestrel.Limits.MaxRequestBufferSize is long buffer && buffer < oneFrame)
            {
                kestrel.Limits.MaxRequestBufferSize = oneFrame;
            }

            kestrel.ApplicationServices.GetRequiredService<ProtocolEndpoints>().Add(endPoint);
            ListenOptions? bound = null;
            kestrel.Listen(endPoint, listen =>
            {
                configureListen?.Invoke(listen);
                listen.UseConnectionHandler<ProtocolConnectionHandler<TSession>>();
                bound = listen;
            });
            return bound!;
        }
    }
}
