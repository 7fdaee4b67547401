using System;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.WebSockets;

namespace EtProtocolGen.Client
{
    /// <summary>The usual ways to reach a server: TCP, TLS over TCP, a WebSocket (ET's WebGL path).</summary>
    public static class ClientConnectors
    {
        /// <summary>A TCP connection to <paramref name="endPoint"/>, with Nagle's delay off (the client coalesces its own writes).</summary>
        public static ClientConnector Tcp(EndPoint endPoint)
        {
            if (endPoint is null)
            {
                throw new ArgumentNullException(nameof(endPoint));
            }

            return async cancellationToken => await ConnectTcpAsync(endPoint, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>
        /// TLS over a TCP connection to <paramref name="endPoint"/>. The server's certificate is checked against
        /// <paramref name="targetHost"/> and the machine's trusted roots, or by <paramref name="validateServerCertificate"/>
        /// when given: pass one that compares the certificate with a pinned hash for a self-signed server certificate
        /// (docs/wire.md shows one).
        /// </summary>
        public static ClientConnector Tls(EndPoint endPoint, string targetHost, RemoteCertificateValidationCallback? validateServerCertificate = null)
        {
            if (endPoint is null)
            {
                throw new ArgumentNullException(nameof(endPoint));
            }

            if (targetHost is null)
            {
                throw new ArgumentNullException(nameof(targetHost));
            }

            return async cancellationToken =>
            {
                TcpStream network = await ConnectTcpAsync(endPoint, cancellationToken).ConfigureAwait(false);
                var tls = new SslStream(network, leaveInnerStreamOpen: false);
                try
                {
                    var options = new SslClientAuthenticationOptions
                    {
                        TargetHost = targetHost,
                        RemoteCertificateValidationCallback = validateServerCertificate,
                    };
                    await tls.AuthenticateAsClientAsync(options, cancellationToken).ConfigureAwait(false);
                    return tls;
                }
                catch
                {
                    tls.Dispose();
                    throw;
                }
            };
        }

        /// <summary>
        /// A WebSocket (<c>ws://</c> or <c>wss://</c>) to <paramref name="uri"/> through <see cref="ClientWebSocket"/>. Frames travel
        /// as a byte stream in binary messages, exactly as over TCP (docs/wire.md). <paramref name="configure"/> sets headers,
        /// sub-protocols or the certificate check (<see cref="ClientWebSocketOptions"/>) before connecting.
        /// </summary>
        public static ClientConnector WebSocket(Uri uri, Action<ClientWebSocketOptions>? configure = null)
        {
            if (uri is null)
            {
                throw new ArgumentNullException(nameof(uri));
            }

            return async cancellationToken =>
            {
                var socket = new ClientWebSocket();
                try
                {
                    configure?.Invoke(socket.Options);
                    await socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
                    return new WebSocketByteStream(socket);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        /// <summary>
        /// A WebSocket the caller has already connected (for example one with custom options, or a platform's own):
        /// returns it as the stream the client runs on, once. Reconnecting needs a connector that opens a new one.
        /// </summary>
        public static ClientConnector WebSocket(WebSocket connected)
        {
            if (connected is null)
            {
                throw new ArgumentNullException(nameof(connected));
            }

            int used = 0;
            return cancellationToken =>
            {
                if (Interlocked.Exchange(ref used, 1) != 0)
                {
                    throw new InvalidOperationException("This connector wraps one WebSocket that was already used; reconnecting needs a connector that opens a new one.");
                }

                return new ValueTask<Stream>(new WebSocketByteStream(connected));
            };
        }

        private static async Task<TcpStream> ConnectTcpAsync(EndPoint endPoint, CancellationToken cancellationToken)
        {
            var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                // netstandard2.1 has no cancelable ConnectAsync: closing the socket aborts the attempt.
                using (cancellationToken.Register(static state => ((Socket)state!).Dispose(), socket))
                {
                    await socket.ConnectAsync(endPoint).ConfigureAwait(false);
                }

                cancellationToken.ThrowIfCancellationRequested();
                return new TcpStream(socket);
            }
            catch (ObjectDisposedException) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
    }
}
