using System;
using System.Buffers;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Sample.Client;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Protocol.Generated;
using EtProtocolGen.Sample.Server.Hosting;
using EtProtocolGen.Client;
using EtProtocolGen.Transport.Diagnostics;
using EtProtocolGen.Framing;
using EtProtocolGen.Transport.Server;

namespace EtProtocolGen.Demo.Attacks;

/// <summary>
/// Plays the attacker against a running sample server. Every attack runs on connections of its own, waits until the server
/// has closed every connection it opened, and judges the result only from what was observed: the server's counters
/// (<see cref="ServerSnapshot"/>) and what came back on the attacker's connection.
/// </summary>
internal sealed class Attacker
{
    /// <summary>The addresses a distributed flood comes from (<see cref="DemoAddresses.ConnectionFlood"/>): enough that each stays under its per-address limits.</summary>
    private const int FloodAddresses = 48;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly SampleServer _server;
    private readonly ProtocolServerOptions _limits;

    public Attacker(SampleServer server, ProtocolServerOptions limits)
    {
        _server = server;
        _limits = limits;
    }

    private IPEndPoint Target => _server.EndPoint;

    /// <summary>A frame that declares one byte more than the maximum, with its whole body.</summary>
    public async Task<AttackOutcome> OversizeFrameAsync(CancellationToken cancellationToken)
    {
        var before = new ServerSnapshot(_server);
        int declared = _limits.MaxFrameSize + 1;
        byte[] frame = new byte[FrameFormat.LengthSize + declared];
        FrameFormat.WriteHeader(frame, (uint)declared, C2C_SendChat.Opcode);

        bool closed;
        await using (ProtocolClient connection = await ConnectAsync(cancellationToken))
        {
            await SendIgnoringResetAsync(connection, frame, cancellationToken);
            closed = await ClosedByServerAsync(connection);
        }

        await SettleAsync(before);
        bool refused = closed && before.RefusedSince(RefusalReason.FrameTooLarge) == 1 && before.ClosedSince(CloseReason.FrameTooLarge) == 1
            && before.DispatchedSince(DispatchStatus.Handled) == 0;
        return new AttackOutcome(
            "oversize frame",
            $"one {Size(declared)} frame (limit {Size(_limits.MaxFrameSize)})",
            Observed(closed) + "; " + before.Describe(),
            refused);
    }

    /// <summary>A frame header that claims 4 GiB, and nothing after it: the server must decide from the length alone.</summary>
    public async Task<AttackOutcome> LengthBombAsync(CancellationToken cancellationToken)
    {
        var before = new ServerSnapshot(_server);
        byte[] header = new byte[FrameFormat.HeaderSize];
        FrameFormat.WriteHeader(header, uint.MaxValue, C2R_Login.Opcode);

        bool closed;
        var clock = Stopwatch.StartNew();
        await using (ProtocolClient connection = await ConnectAsync(cancellationToken))
        {
            await SendIgnoringResetAsync(connection, header, cancellationToken);
            closed = await ClosedByServerAsync(connection);
        }

        long milliseconds = clock.ElapsedMilliseconds;
        await SettleAsync(before);
        bool refused = closed && before.RefusedSince(RefusalReason.FrameTooLarge) == 1 && before.ClosedSince(CloseReason.FrameTooLarge) == 1;
        return new AttackOutcome(
            "length bomb",
            $"a {header.Length}-byte header declaring a 4 GiB frame",
            $"{Observed(closed)} after {milliseconds} ms, without waiting for the body; {before.Describe()}",
            refused);
    }

    /// <summary>A login whose account name is not UTF-8.</summary>
    public Task<AttackOutcome> MalformedPayloadAsync(CancellationToken cancellationToken) =>
        ViolationAsync(
            "malformed payload",
            "C2R_Login whose Account is invalid UTF-8 (12 02 C3 28)",
            C2R_Login.Opcode,
            new byte[] { 0x12, 0x02, 0xC3, 0x28 },
            RefusalReason.Malformed,
            cancellationToken);

    /// <summary>An opcode the protocol does not have.</summary>
    public Task<AttackOutcome> UnknownOpcodeAsync(CancellationToken cancellationToken)
    {
        const ushort unknown = 9999;
        if (ProtocolRegistry.Find(unknown) is not null)
        {
            throw new InvalidOperationException("Opcode " + unknown + " exists in the sample protocol; pick another for the demo.");
        }

        return ViolationAsync("unknown opcode", $"a frame with opcode {unknown}", unknown, ReadOnlyMemory<byte>.Empty, RefusalReason.UnknownOpcode, cancellationToken);
    }

    /// <summary>An Inner (server-to-server) message the gate handles, well formed, from a client connection: it would mint a login key; the gate's handler must not run.</summary>
    public async Task<AttackOutcome> InnerOpcodeAsync(CancellationToken cancellationToken)
    {
        long handledBefore = _server.Dispatch.Handled(R2G_GetLoginKey.Opcode);
        AttackOutcome outcome = await ViolationAsync(
            "inner opcode",
            $"R2G_GetLoginKey (inner, opcode {R2G_GetLoginKey.Opcode}), well formed",
            R2G_GetLoginKey.Opcode,
            Encode(new R2G_GetLoginKey { Account = "mallory" }),
            RefusalReason.ScopeDenied,
            cancellationToken);
        long handled = _server.Dispatch.Handled(R2G_GetLoginKey.Opcode) - handledBefore;
        return outcome with { ServerDid = outcome.ServerDid + $"; inner handler ran x{handled}", Refused = outcome.Refused && handled == 0 };
    }

    /// <summary>An [Authorize] request on a connection that never logged in.</summary>
    public Task<AttackOutcome> RequestBeforeLoginAsync(CancellationToken cancellationToken) =>
        RefusedRequestAsync(
            "request before login",
            "C2M_GetInventory on an anonymous connection",
            C2M_GetInventory.Opcode,
            async () =>
            {
                await using ProtocolClient connection = await ConnectAsync(cancellationToken);
                return await connection.Rpc.CallAsync(new C2M_GetInventory { Bag = 0 }, cancellationToken);
            },
            ErrorCodes.Unauthorized,
            response => response.Items.Count == 0,
            RefusalReason.Unauthorized,
            "handler");

    /// <summary>A logged-in player's GM command carrying a made-up "gm" role field.</summary>
    public Task<AttackOutcome> ForgedRoleAsync(CancellationToken cancellationToken) =>
        RefusedRequestAsync(
            "forged role",
            "player 'mallory' sends C2M_GmCommand additem with an extra field role=\"gm\"",
            C2M_GmCommand.Opcode,
            async () =>
            {
                await using GameClient mallory = await GameClient.LoginAsync(Target, "mallory", "trustno1", cancellationToken);
                var forged = new ForgedRequest<C2M_GmCommand>(new C2M_GmCommand { Command = "additem", ConfigId = 9001, Count = 9999 });
                return await mallory.Gate.Rpc.CallAsync<ForgedRequest<C2M_GmCommand>, M2C_GmCommand>(forged, cancellationToken);
            },
            ErrorCodes.Forbidden,
            response => response.ItemId == 0,
            RefusalReason.Forbidden,
            "GM handler");

    /// <summary>A logged-in player asks for a map that does not exist ([Range(1, 16)]).</summary>
    public Task<AttackOutcome> OutOfRangeValueAsync(CancellationToken cancellationToken) =>
        RefusedRequestAsync(
            "out-of-range value",
            "C2G_EnterMap { MapId = 999 } (declared [Range(1, 16)])",
            C2G_EnterMap.Opcode,
            async () =>
            {
                await using GameClient mallory = await GameClient.LoginAsync(Target, "mallory", "trustno1", cancellationToken);
                return await mallory.Gate.Rpc.CallAsync(new C2G_EnterMap { MapId = 999 }, cancellationToken);
            },
            ErrorCodes.ValidationFailed,
            response => response.UnitId == 0,
            RefusalReason.ValidationFailed,
            "handler");

    /// <summary>A logged-in player in a map sends a thousand moves in one write.</summary>
    public async Task<AttackOutcome> MessageFloodAsync(CancellationToken cancellationToken)
    {
        const int count = 1000;
        var before = new ServerSnapshot(_server);
        long handledBefore = _server.Dispatch.Handled(C2M_PathfindingResult.Opcode);
        bool closed;
        await using (GameClient mallory = await GameClient.LoginAsync(Target, "mallory", "trustno1", cancellationToken))
        {
            await mallory.EnterMapAsync(1, cancellationToken);
            var frames = new ArrayBufferWriter<byte>();
            for (int i = 0; i < count; i++)
            {
                FrameFormat.Write(frames, new C2M_PathfindingResult { X = i % 100, Y = 0, Z = i % 50 }, _limits.MaxFrameSize);
            }

            await SendIgnoringResetAsync(mallory.Gate, frames.WrittenMemory, cancellationToken);
            closed = await ClosedByServerAsync(mallory.Gate);
        }

        await SettleAsync(before);
        long handled = _server.Dispatch.Handled(C2M_PathfindingResult.Opcode) - handledBefore;
        bool refused = closed && handled < count && before.RefusedSince(RefusalReason.RateLimited) >= 1
            && before.ClosedSince(CloseReason.TooManyRefusals) == 1;
        return new AttackOutcome(
            "message flood",
            $"{count} C2M_PathfindingResult in one write (bucket {_limits.MessageBurst}, {_limits.MessagesPerSecond}/s)",
            $"moved x{handled}, {Observed(closed)}, the rest never read; {before.Describe()}",
            refused);
    }

    /// <summary>
    /// Three times the connection limit in sockets that connect and then say nothing, spread over
    /// <see cref="FloodAddresses"/> attacker addresses (a small botnet), so that each stays under its per-address limits and
    /// the server's global limit is what stops them.
    /// </summary>
    public async Task<AttackOutcome> ConnectionFloodAsync(CancellationToken cancellationToken)
    {
        int count = (int)Math.Min(_limits.MaxConcurrentConnections * 3, 512);
        var before = new ServerSnapshot(_server);
        var sockets = new Socket[count];
        var clock = Stopwatch.StartNew();
        int closedByServer = 0;
        try
        {
            var connecting = new Task[count];
            for (int i = 0; i < count; i++)
            {
                sockets[i] = new Socket(Target.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
                sockets[i].Bind(new IPEndPoint(DemoAddresses.ConnectionFlood(i % FloodAddresses), 0));
                connecting[i] = sockets[i].ConnectAsync(Target, cancellationToken).AsTask();
            }

            await Task.WhenAll(connecting);
            TimeSpan wait = _limits.HandshakeTimeout + Patience;
            bool[] closed = await Task.WhenAll(Array.ConvertAll(sockets, socket => ClosedByServerAsync(socket, wait)));
            closedByServer = Array.FindAll(closed, value => value).Length;
        }
        finally
        {
            foreach (Socket socket in sockets)
            {
                socket?.Dispose();
            }
        }

        long seconds = clock.ElapsedMilliseconds / 1000;
        await SettleAsync(before);
        long accepted = before.OpenedSince();
        // Refused: Kestrel turned connections away at its limit, and every one it accepted was dropped by the handshake
        // timeout without ever being served.
        bool refused = closedByServer == count
            && before.RefusedSince(RefusalReason.ConnectionLimit) >= 1
            && before.ClosedSince(CloseReason.HandshakeTimeout) == accepted
            && before.DispatchedSince(DispatchStatus.Handled) == 0;
        return new AttackOutcome(
            "connection flood",
            $"{count} silent connections at once from {FloodAddresses} addresses (limit {_limits.MaxConcurrentConnections}, handshake {_limits.HandshakeTimeout.TotalSeconds:0} s)",
            $"{closedByServer} of {count} closed by the server within {seconds + 1} s, {accepted} ever accepted; {before.Describe()}",
            refused);
    }

    private async Task<AttackOutcome> ViolationAsync(string name, string sent, ushort opcode, ReadOnlyMemory<byte> payload, RefusalReason expected, CancellationToken cancellationToken)
    {
        var before = new ServerSnapshot(_server);
        bool closed;
        await using (ProtocolClient connection = await ConnectAsync(cancellationToken))
        {
            await SendIgnoringResetAsync(connection, FrameFormat.Build(opcode, payload.Span), cancellationToken);
            closed = await ClosedByServerAsync(connection);
        }

        await SettleAsync(before);
        bool refused = closed && before.RefusedSince(expected) == 1 && before.ClosedSince(CloseReason.ProtocolViolation) == 1
            && before.DispatchedSince(DispatchStatus.Handled) == 0;
        return new AttackOutcome(name, sent, Observed(closed) + "; " + before.Describe(), refused);
    }

    /// <summary>
    /// Sends one request (<paramref name="send"/>, on connections it opens and closes) that dispatch must refuse before the
    /// handler: refused when the answer carries <paramref name="error"/> and nothing a handled request would fill in
    /// (<paramref name="empty"/>), the handler of <paramref name="opcode"/> never ran, and the server counted one
    /// <paramref name="reason"/>.
    /// </summary>
    private async Task<AttackOutcome> RefusedRequestAsync<TResponse>(
        string name, string sent, ushort opcode, Func<Task<TResponse>> send, int error, Func<TResponse, bool> empty, RefusalReason reason, string handler)
        where TResponse : IResponse
    {
        var before = new ServerSnapshot(_server);
        long handledBefore = _server.Dispatch.Handled(opcode);
        TResponse response = await send();

        await SettleAsync(before);
        long handled = _server.Dispatch.Handled(opcode) - handledBefore;
        bool refused = response.Error == error && empty(response) && handled == 0 && before.RefusedSince(reason) == 1;
        return new AttackOutcome(name, sent, $"answered error {response.Error}, {handler} ran x{handled}; {before.Describe()}", refused);
    }

    private Task<ProtocolClient> ConnectAsync(CancellationToken cancellationToken) =>
        ProtocolClient.ConnectAsync(Target, ProtocolRegistry.TryParse, new ProtocolClientOptions { RequestTimeout = Patience }, cancellationToken);

    private static Task SettleAsync(ServerSnapshot before) => ServerSnapshot.WaitUntilSettledAsync(before, Patience);

    private static async Task SendIgnoringResetAsync(ProtocolClient connection, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        try
        {
            await connection.SendRawAsync(bytes, cancellationToken);
        }
        catch (IOException)
        {
            // The server may close while the bytes are still going out: that is the refusal this attack looks for.
        }
    }

    private static async Task<bool> ClosedByServerAsync(ProtocolClient connection)
    {
        Task finished = await Task.WhenAny(connection.Closed, Task.Delay(Patience));
        return finished == connection.Closed && await connection.Closed != CloseReason.LocalClose;
    }

    private static async Task<bool> ClosedByServerAsync(Socket socket, TimeSpan wait)
    {
        byte[] buffer = new byte[16];
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            return await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token) == 0;
        }
        catch (SocketException)
        {
            return true;   // reset by the server
        }
        catch (OperationCanceledException)
        {
            return false;  // still open: the server kept it
        }
    }

    private static byte[] Encode(IWireMessage message)
    {
        var output = new ArrayBufferWriter<byte>();
        message.WriteTo(output);
        return output.WrittenSpan.ToArray();
    }

    private static string Observed(bool closed) => closed ? "closed the connection" : "LEFT THE CONNECTION OPEN";

    private static string Size(int bytes) => bytes % 1024 == 0 ? (bytes / 1024) + " KiB" : bytes + " B";
}
