using System;
using System.Net.WebSockets;
using System.Threading.Tasks;
using EtProtocolGen.Transport.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EtProtocolGen.Transport.WebSockets
{
    /// <summary>Serves the protocol over WebSocket (ET's WebGL path) next to, or instead of, raw TCP.</summary>
    public static class ProtocolWebSocketExtensions
    {
        /// <summary>
        /// Accepts WebSocket requests at <paramref name="pattern"/> and runs each as a protocol connection: the binary messages
        /// carry the same frames as TCP (a byte stream; message boundaries carry no meaning), read by the same
        /// <see cref="ProtocolConnectionHandler{TSession}"/> with the same limits (frame size before buffering, rate limit,
        /// refusals, handshake and idle timeouts) and counted in the same <c>TransportMetrics</c>. A request that is not a
        /// WebSocket upgrade gets 400. Call <c>app.UseWebSockets()</c> first, and register the server with
        /// <see cref="ProtocolServerExtensions.AddProtocolServer{TSession, TApplication}"/>.
        /// </summary>
        public static IEndpointConventionBuilder MapProtocolWebSocket<TSession>(this IEndpointRouteBuilder endpoints, string pattern)
            where TSession : class, IProtocolSession
        {
            ArgumentNullException.ThrowIfNull(endpoints);
            ArgumentNullException.ThrowIfNull(pattern);
            return endpoints.Map(pattern, ServeAsync<TSession>);
        }

        private static async Task ServeAsync<TSession>(HttpContext context)
            where TSession : class, IProtocolSession
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            var handler = ActivatorUtilities.GetServiceOrCreateInstance<ProtocolConnectionHandler<TSession>>(context.RequestServices);
            using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
            await using var connection = new WebSocketConnectionContext(socket, context);
            await handler.OnConnectedAsync(connection).ConfigureAwait(false);
            await connection.CloseAsync().ConfigureAwait(false);
        }
    }
}
