using System;
using System.Threading.Tasks;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Transport.Server.Admission;
using EtProtocolGen.Transport.Server.Logging;
using EtProtocolGen.Transport.Server.Memory;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EtProtocolGen.Transport.Server
{
    /// <summary>
    /// Kestrel connection handler that reads frames from a connection's pipe and hands each to the application's dispatch.
    /// The peer is never trusted: a new connection must pass its address's rate and connection limits and the caps on
    /// connections that have not logged in (<see cref="ConnectionAdmission"/>) before anything is read; the declared frame
    /// length is checked before the body is buffered, messages pass a per-connection token bucket, the first frame must arrive
    /// within the handshake timeout, every later one within the idle timeout, and the session must authenticate within the
    /// login timeout, and the incomplete frames of all connections stay within a memory budget
    /// (<see cref="PartialFrameBudget"/>); the connection is closed after <see cref="ProtocolServerOptions.MaxRefusals"/>
    /// refusals. Every refusal is counted in <see cref="TransportMetrics"/> and logged, at most
    /// <see cref="ProtocolServerOptions.MaxLogEntriesPerSecond"/> entries a second.
    /// </summary>
    /// <typeparam name="TSession">The application's session type.</typeparam>
    public sealed class ProtocolConnectionHandler<TSession> : ConnectionHandler
        where TSession : class, IProtocolSession
    {
        private readonly IProtocolApplication<TSession> _application;
        private readonly ProtocolServerOptions _options;
        private readonly TransportMetrics _metrics;
        private readonly ConnectionAdmission _admission;
        private readonly PartialFrameBudget _partialFrames;
        private readonly ServerLog _log;

        /// <summary>Creates the handler; Kestrel's <c>UseConnectionHandler</c> resolves it from the container.</summary>
        public ProtocolConnectionHandler(
            IProtocolApplication<TSession> application,
            IOptions<ProtocolServerOptions> options,
            TransportMetrics metrics,
            ConnectionAdmission admission,
            PartialFrameBudget partialFrames,
            ILogger<ProtocolConnectionHandler<TSession>> logger)
        {
            _application = application ?? throw new ArgumentNullException(nameof(application));
            _options = (options ?? throw new ArgumentNullException(nameof(options))).Value;
            _options.Validate();
            _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
            _admission = admission ?? throw new ArgumentNullException(nameof(admission));
            _partialFrames = partialFrames ?? throw new ArgumentNullException(nameof(partialFrames));
            _log = new ServerLog(logger ?? throw new ArgumentNullException(nameof(logger)), _options.MaxLogEntriesPerSecond);
        }

        /// <inheritdoc />
        public override async Task OnConnectedAsync(ConnectionContext connection)
        {
            ArgumentNullException.ThrowIfNull(connection);

            // Security: decided from the address alone, before a byte is read or a buffer, session or timer exists for the peer.
            RefusalReason? refused = _admission.TryAdmit(connection.RemoteEndPoint, out AdmissionTicket? ticket);
            if (refused.HasValue)
            {
                _metrics.Refused(refused.Value);
                _log.RefusedOnAccept(connection.ConnectionId, connection.RemoteEndPoint, refused.Value);
                return;
            }

            using (ticket)
            using (var loop = new ConnectionLoop<TSession>(connection, _application, _options, _metrics, _log, ticket!, _partialFrames))
            {
                await loop.RunAsync().ConfigureAwait(false);
            }
        }
    }
}
