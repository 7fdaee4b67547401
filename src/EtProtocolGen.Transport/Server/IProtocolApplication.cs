using System;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Transport.Diagnostics;

namespace EtProtocolGen.Transport.Server
{
    /// <summary>
    /// What the server transport needs from the application: a session per connection and a dispatch for each frame.
    /// <see cref="DispatchAsync"/> has the signature of a generated dispatcher's <c>DispatchAsync</c>, so an implementation
    /// usually forwards to one.
    /// </summary>
    /// <typeparam name="TSession">The application's session type.</typeparam>
    public interface IProtocolApplication<TSession>
        where TSession : class, IProtocolSession
    {
        /// <summary>Creates the session of a new connection (anonymous until the application authenticates it).</summary>
        TSession CreateSession(ProtocolConnection connection);

        /// <summary>
        /// Checks and handles one frame that passed the transport's limits. Must not throw for anything the peer sent: the
        /// result says what happened (generated dispatchers never throw). <paramref name="payload"/> is valid only until this
        /// method returns, not until the returned task completes.
        /// </summary>
        ValueTask<DispatchResult> DispatchAsync(TSession session, ushort opcode, ReadOnlySpan<byte> payload, CancellationToken cancellationToken);

        /// <summary>
        /// Answers a frame the transport refused for the connection's message rate (<c>MessagesPerSecond</c>), before any
        /// dispatch: forward to the generated dispatcher's static <c>RateLimited(opcode, payload)</c>, which answers a request
        /// with <see cref="ErrorCodes.RateLimited"/> and the RpcId read from the payload without decoding it (a one-way message
        /// and an opcode it does not route get no response). Must not throw and must not decode; <paramref name="payload"/> is
        /// valid only until this method returns.
        /// </summary>
        DispatchResult RateLimited(ushort opcode, ReadOnlySpan<byte> payload);

        /// <summary>Called once when the connection has closed, for cleanup (leave the map, drop the session).</summary>
        ValueTask OnClosedAsync(TSession session, CloseReason reason) => default;
    }
}
