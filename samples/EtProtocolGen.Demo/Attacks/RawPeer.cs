using System;
using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Framing;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Protocol.Generated;

namespace EtProtocolGen.Demo.Attacks;

/// <summary>
/// An attacker's connection: a plain socket bound to a chosen loopback address, writing raw frames and reading only when it
/// wants to (a peer that never reads is one of the attacks).
/// </summary>
internal sealed class RawPeer : IDisposable
{
    private readonly Socket _socket;
    private byte[] _received = new byte[256];
    private int _length;

    private RawPeer(Socket socket) => _socket = socket;

    /// <summary>Connects from <paramref name="from"/>; a small receive buffer makes a peer that does not read fill up quickly.</summary>
    public static async Task<RawPeer> ConnectAsync(IPEndPoint server, IPAddress from, CancellationToken cancellationToken, int receiveBuffer = 0)
    {
        var socket = new Socket(server.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            if (receiveBuffer > 0)
            {
                socket.ReceiveBufferSize = receiveBuffer;
            }

            socket.Bind(new IPEndPoint(from, 0));
            await socket.ConnectAsync(server, cancellationToken);
            return new RawPeer(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Logs in as <paramref name="account"/> the ET way from <paramref name="from"/> (realm, then gate) and returns the gate
    /// connection, which has read the gate's answer and will read nothing more unless asked.
    /// </summary>
    public static async Task<RawPeer> LogInAsync(IPEndPoint server, IPAddress from, string account, string password, CancellationToken cancellationToken, int receiveBuffer = 0)
    {
        R2C_Login ticket;
        using (RawPeer realm = await ConnectAsync(server, from, cancellationToken))
        {
            await realm.SendAsync(new C2R_Login { RpcId = 1, Account = account, Password = password }, cancellationToken);
            ticket = await realm.ReceiveAsync<R2C_Login>(cancellationToken);
        }

        if (ticket.Error != ErrorCodes.Success)
        {
            throw new InvalidOperationException("The realm refused " + account + ": error " + ticket.Error + ".");
        }

        RawPeer gate = await ConnectAsync(server, from, cancellationToken, receiveBuffer);
        try
        {
            await gate.SendAsync(new C2G_LoginGate { RpcId = 1, GateKey = ticket.GateKey }, cancellationToken);
            G2C_LoginGate login = await gate.ReceiveAsync<G2C_LoginGate>(cancellationToken);
            if (login.Error != ErrorCodes.Success)
            {
                throw new InvalidOperationException("The gate refused " + account + ": error " + login.Error + ".");
            }

            return gate;
        }
        catch
        {
            gate.Dispose();
            throw;
        }
    }

    public Task SendAsync(IWireMessage message, CancellationToken cancellationToken)
    {
        var frame = new ArrayBufferWriter<byte>();
        FrameFormat.Write(frame, message, FrameFormat.DefaultMaxFrameSize);
        return SendAsync(frame.WrittenMemory, cancellationToken);
    }

    public async Task SendAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await _socket.SendAsync(bytes, SocketFlags.None, cancellationToken);
    }

    /// <summary>Reads until a whole frame is in, and decodes it as <typeparamref name="T"/>.</summary>
    public async Task<T> ReceiveAsync<T>(CancellationToken cancellationToken)
        where T : class, IWireMessage
    {
        while (true)
        {
            var buffer = new ReadOnlySequence<byte>(_received, 0, _length);
            if (FrameReader.TryRead(ref buffer, FrameFormat.DefaultMaxFrameSize, out Frame frame, out _) == FrameStatus.Complete)
            {
                byte[] payload = frame.Payload.ToArray();
                int consumed = _length - (int)buffer.Length;
                Buffer.BlockCopy(_received, consumed, _received, 0, _length - consumed);
                _length -= consumed;
                if (ProtocolRegistry.TryParse(frame.Opcode, payload, out IWireMessage? message, out _) && message is T typed)
                {
                    return typed;
                }

                continue;
            }

            if (_length == _received.Length)
            {
                Array.Resize(ref _received, _received.Length * 2);
            }

            int read = await _socket.ReceiveAsync(_received.AsMemory(_length), SocketFlags.None, cancellationToken);
            if (read == 0)
            {
                throw new SocketException((int)SocketError.ConnectionReset);
            }

            _length += read;
        }
    }

    /// <summary>Reads and discards what the server sends until it closes the connection or <paramref name="cancellationToken"/> fires; true when the server closed it.</summary>
    public async Task<bool> DrainUntilClosedAsync(CancellationToken cancellationToken)
    {
        byte[] sink = new byte[4096];
        try
        {
            while (await _socket.ReceiveAsync(sink, SocketFlags.None, cancellationToken) > 0)
            {
            }

            return true;
        }
        catch (SocketException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>True when the server has closed the connection within <paramref name="wait"/> (anything it sent is read past).</summary>
    public async Task<bool> ClosedByServerAsync(TimeSpan wait)
    {
        using var timeout = new CancellationTokenSource(wait);
        return await DrainUntilClosedAsync(timeout.Token);
    }

    public void Dispose() => _socket.Dispose();
}
