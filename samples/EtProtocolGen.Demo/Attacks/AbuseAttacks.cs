using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using EtProtocolGen.Demo.Player;
using EtProtocolGen.Framing;
using EtProtocolGen.Sample.Protocol;
using EtProtocolGen.Sample.Server.Hosting;
using EtProtocolGen.Sample.Server.Services;
using EtProtocolGen.Transport.Server;

namespace EtProtocolGen.Demo.Attacks;

/// <summary>
/// The attacks that last (issue #19): slot holding from one address, an expensive-login flood, slow readers during chat,
/// and a partial-frame memory flood. While each runs, the player logs in from 127.0.0.1 and sends requests
/// (<see cref="PlayerProbe"/>); the verdict comes from the server's counters, the player's figures are printed beside it.
/// </summary>
internal sealed class AbuseAttacks
{
    private readonly SampleServer _server;
    private readonly ProtocolServerOptions _limits;
    private readonly AttackScale _scale;

    public AbuseAttacks(SampleServer server, ProtocolServerOptions limits, AttackScale scale)
    {
        _server = server;
        _limits = limits;
        _scale = scale;
    }

    private IPEndPoint Target => _server.EndPoint;

    /// <summary>The label of the sample taken just before the partial-frame flood starts (the pre-attack figure).</summary>
    public const string BeforePartialFrames = "partial-frame flood: before";

    /// <summary>Samples taken while an attack ran, for the figures run (process memory, the server's buffers).</summary>
    public event Action<string>? Sampled;

    /// <summary>
    /// One address opens connections as fast as it can, each sending a cheap anonymous frame (a gate login with a wrong key,
    /// handled, not refused) and repeating it: the attack that held 10,000 slots before per-address and pre-login limits.
    /// </summary>
    public async Task<AttackOutcome> SlotHoldingAsync(CancellationToken cancellationToken)
    {
        var before = new ServerSnapshot(_server);
        var held = new List<(RawPeer Peer, long LastSent)>();
        long peakUnauthenticated = 0;
        int opened = 0;
        Task<PlayerFigures> probe = ProbeAsync(cancellationToken);
        TimeSpan spacing = _scale.SlotDuration / _scale.SlotAttempts;
        var clock = Stopwatch.StartNew();
        try
        {
            for (int attempt = 0; attempt < _scale.SlotAttempts && clock.Elapsed < _scale.SlotDuration * 2; attempt++)
            {
                try
                {
                    RawPeer peer = await RawPeer.ConnectAsync(Target, DemoAddresses.SlotHolder, cancellationToken);
                    held.Add((peer, Stopwatch.GetTimestamp()));
                    opened++;
                    await SendQuietlyAsync(peer, AnonymousFrame(), cancellationToken);
                }
                catch (System.Net.Sockets.SocketException)
                {
                    // Refused on connect: the listen backlog or the kernel said no. The server's counters tell the rest.
                }

                for (int i = 0; i < held.Count; i++)
                {
                    if (Stopwatch.GetElapsedTime(held[i].LastSent) >= _scale.SlotRepeat)
                    {
                        await SendQuietlyAsync(held[i].Peer, AnonymousFrame(), cancellationToken);
                        held[i] = (held[i].Peer, Stopwatch.GetTimestamp());
                    }
                }

                peakUnauthenticated = Math.Max(peakUnauthenticated, _server.Admission.UnauthenticatedConnections);
                await Task.Delay(spacing, cancellationToken);
            }

            PlayerFigures player = await probe;

            // The login deadline ends every connection the address still holds; wait for it before judging.
            await ServerSnapshot.WaitUntilSettledAsync(before, _limits.LoginTimeout + TimeSpan.FromSeconds(10));
            long refusedOnAccept = before.RefusedSince(RefusalReason.AddressConnectionRate) + before.RefusedSince(RefusalReason.AddressConnectionLimit)
                + before.RefusedSince(RefusalReason.AddressUnauthenticatedLimit);
            long admitted = before.OpenedSince();
            bool refused = refusedOnAccept >= 1
                && peakUnauthenticated <= _limits.MaxUnauthenticatedConnectionsPerAddress + 2
                && before.ClosedSince(CloseReason.LoginTimeout) >= 1
                && before.ClosedSince() == admitted;
            return new AttackOutcome(
                "slot holding",
                $"{opened} connections from {DemoAddresses.SlotHolder}, each repeating an anonymous gate login every {Seconds(_scale.SlotRepeat)}",
                $"{admitted} admitted (at most {peakUnauthenticated} unauthenticated at once), {refusedOnAccept} refused on accept, every one closed by the login deadline; {before.Describe()}",
                refused,
                player);
        }
        finally
        {
            held.ForEach(static entry => entry.Peer.Dispose());
        }
    }

    /// <summary>
    /// Connections from one address send wrong-password realm logins as fast as the per-connection rate allows: each would
    /// cost a password hash (about 2.5 ms of CPU) without the declared limits and the failed-login throttle.
    /// </summary>
    public async Task<AttackOutcome> LoginFloodAsync(CancellationToken cancellationToken)
    {
        var before = new ServerSnapshot(_server);
        long hashesBefore = _server.Accounts.HashesComputed;
        var peers = new RawPeer?[_scale.LoginFloodConnections];
        var draining = new List<Task>();
        int sent = 0;
        int reconnects = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            Task<PlayerFigures> probe = ProbeAsync(cancellationToken);
            TimeSpan spacing = TimeSpan.FromSeconds(1.0 / _scale.LoginsPerSecond);
            var clock = Stopwatch.StartNew();
            for (int round = 0; clock.Elapsed < _scale.LoginFloodDuration; round++)
            {
                for (int i = 0; i < peers.Length; i++)
                {
                    // A connection the server closed (refusals, the login deadline) is opened again, as an attacker would.
                    if (peers[i] is null)
                    {
                        try
                        {
                            peers[i] = await RawPeer.ConnectAsync(Target, DemoAddresses.LoginFlooder, cancellationToken);
                            reconnects += round == 0 ? 0 : 1;

                            // Read what the server answers, so its replies never hold it back: only the limits decide.
                            draining.Add(peers[i]!.DrainUntilClosedAsync(stop.Token));
                        }
                        catch (System.Net.Sockets.SocketException)
                        {
                            continue;
                        }
                    }

                    if (await SendQuietlyAsync(peers[i]!, LoginFrame(round), cancellationToken))
                    {
                        sent++;
                    }
                    else
                    {
                        peers[i]!.Dispose();
                        peers[i] = null;
                    }
                }

                await Task.Delay(spacing, cancellationToken);
            }

            PlayerFigures player = await probe;
            stop.Cancel();
            await Task.WhenAll(draining);
            long hashes = _server.Accounts.HashesComputed - hashesBefore - (player.Login.HasValue ? 1 : 0);
            Release(peers);
            await ServerSnapshot.WaitUntilSettledAsync(before, TimeSpan.FromSeconds(10));

            // Without limits every login is a hash; with them the address gets a few failures and then its refill.
            long allowed = LoginThrottle.FailuresPerAccount + (long)(_scale.LoginFloodDuration / LoginThrottle.AccountRefill) + 1;
            bool refused = hashes <= allowed;
            return new AttackOutcome(
                "expensive-login flood",
                $"{sent} wrong-password C2R_Login for ann from {_scale.LoginFloodConnections} connections on {DemoAddresses.LoginFlooder} ({_scale.LoginsPerSecond}/s each, {reconnects} reconnects)",
                $"{hashes} password hashes computed (at most {allowed} allowed), the rest refused before the hash; {before.Describe()}",
                refused,
                player);
        }
        finally
        {
            stop.Cancel();
            Release(peers);
        }
    }

    private static void Release(RawPeer?[] peers)
    {
        for (int i = 0; i < peers.Length; i++)
        {
            peers[i]?.Dispose();
            peers[i] = null;
        }
    }

    /// <summary>
    /// Logged-in players who never read while others chat: each chat line is broadcast to them too. Without per-connection
    /// queues the broadcast waited for them and everyone's next request waited with it.
    /// </summary>
    public async Task<AttackOutcome> SlowReadersAsync(CancellationToken cancellationToken)
    {
        var before = new ServerSnapshot(_server);
        var slow = new List<RawPeer>();
        var chatters = new List<RawPeer>();
        int lines = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            for (int i = 0; i < _scale.SlowReaders; i++)
            {
                slow.Add(await RawPeer.LogInAsync(Target, DemoAddresses.SlowReaders(i), "mallory", "trustno1", cancellationToken, receiveBuffer: 4096));
            }

            for (int i = 0; i < _scale.Chatters; i++)
            {
                chatters.Add(await RawPeer.LogInAsync(Target, DemoAddresses.Chatters(i), "gm", "letmein", cancellationToken));
            }

            Task<bool>[] chattersClosed = chatters.Select(peer => peer.DrainUntilClosedAsync(stop.Token)).ToArray();
            Task<PlayerFigures> probe = ProbeAsync(cancellationToken);
            string text = new string('x', 200);
            var clock = Stopwatch.StartNew();

            // 40 lines a second per chatter, under its rate of 50; until every slow reader is gone or the time is up.
            while (clock.Elapsed < _scale.ChatDuration && before.ClosedSince(CloseReason.SlowConsumer) + before.ClosedSince(CloseReason.SendTimeout) < _scale.SlowReaders)
            {
                foreach (RawPeer chatter in chatters)
                {
                    if (await SendQuietlyAsync(chatter, new C2C_SendChat { Channel = 0, Text = text }, cancellationToken))
                    {
                        lines++;
                    }
                }

                await Task.Delay(TimeSpan.FromMilliseconds(25), cancellationToken);
            }

            TimeSpan emptied = clock.Elapsed;
            PlayerFigures player = await probe;
            stop.Cancel();
            bool[] closed = await Task.WhenAll(chattersClosed);
            long slowClosed = before.ClosedSince(CloseReason.SlowConsumer) + before.ClosedSince(CloseReason.SendTimeout);
            bool refused = slowClosed == _scale.SlowReaders && closed.All(static value => !value)
                && before.ClosedSince(CloseReason.TooManyRefusals) == 0;
            return new AttackOutcome(
                "slow readers during chat",
                $"{_scale.SlowReaders} logged-in players on {DemoAddresses.SlowReaders(0)} and up never read while {_scale.Chatters} others send {lines} chat lines",
                $"{slowClosed} of {_scale.SlowReaders} slow readers closed within {Seconds(emptied)} ({before.ClosedSince(CloseReason.SlowConsumer)} as slow consumers), every chatter still connected; {before.Describe()}",
                refused,
                player);
        }
        finally
        {
            stop.Cancel();
            slow.ForEach(static peer => peer.Dispose());
            chatters.ForEach(static peer => peer.Dispose());
        }
    }

    /// <summary>
    /// Many connections (from as many addresses as the per-address limits need) each send 65,535 bytes of a 64 KiB frame and
    /// stop: memory the server must hold for nothing, unless the budget for incomplete frames closes them. Past the global cap
    /// on connections that have not logged in, newcomers take the places of the oldest connections of the addresses holding
    /// the most, so the player, whose address holds none, still gets in.
    /// </summary>
    public async Task<AttackOutcome> PartialFrameFloodAsync(CancellationToken cancellationToken)
    {
        var before = new ServerSnapshot(_server);
        int perAddress = _limits.MaxUnauthenticatedConnectionsPerAddress;
        int addresses = (_scale.PartialFrames + perAddress - 1) / perAddress;
        byte[] partial = new byte[FrameFormat.HeaderSize + _limits.MaxFrameSize - FrameFormat.OpcodeSize - 5];
        FrameFormat.WriteHeader(partial, (uint)_limits.MaxFrameSize, C2R_Login.Opcode);
        var peers = new List<RawPeer>();
        long peakCharged = 0;
        int sent = 0;
        try
        {
            Sampled?.Invoke(BeforePartialFrames);
            for (int i = 0; i < _scale.PartialFrames; i++)
            {
                try
                {
                    RawPeer peer = await RawPeer.ConnectAsync(Target, DemoAddresses.PartialFrames(i / perAddress), cancellationToken);
                    peers.Add(peer);
                    if (await SendQuietlyAsync(peer, partial, cancellationToken))
                    {
                        sent++;
                    }
                }
                catch (System.Net.Sockets.SocketException)
                {
                    // Refused on connect; counted by the server if it got that far.
                }

                peakCharged = Math.Max(peakCharged, _server.PartialFrames.ChargedBytes);
            }

            Task<PlayerFigures> probe = ProbeAsync(cancellationToken);
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < _scale.PartialFrameHold)
            {
                peakCharged = Math.Max(peakCharged, _server.PartialFrames.ChargedBytes);
                await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            }

            Sampled?.Invoke("partial-frame flood: during, " + _server.PartialFrames.ChargedBytes / 1024 + " KiB charged to " + _server.PartialFrames.Holders + " connections");
            PlayerFigures player = await probe;
            peers.ForEach(static peer => peer.Dispose());
            peers.Clear();
            await ServerSnapshot.WaitUntilSettledAsync(before, TimeSpan.FromSeconds(10));
            Sampled?.Invoke("partial-frame flood: after");

            bool overBudget = (long)sent * RoundToBlocks(partial.Length) > _server.PartialFrames.Budget;
            bool refused = peakCharged <= _server.PartialFrames.Budget
                && (!overBudget || before.ClosedSince(CloseReason.MemoryBudget) + before.ClosedSince(CloseReason.UnauthenticatedEvicted)
                    + before.RefusedSince(RefusalReason.UnauthenticatedLimit) >= 1)
                && before.DispatchedSince(DispatchStatus.Handled) <= player.Requests + 3;   // the player's logins, map and requests only
            return new AttackOutcome(
                "partial-frame flood",
                $"{sent} connections from {addresses} addresses, each holding {partial.Length:N0} bytes of a {_limits.MaxFrameSize / 1024} KiB frame",
                $"at most {peakCharged / 1024:N0} KiB held in incomplete frames (budget {_server.PartialFrames.Budget / 1024:N0} KiB); {before.Describe()}",
                refused,
                player);
        }
        finally
        {
            peers.ForEach(static peer => peer.Dispose());
        }
    }

    private static long RoundToBlocks(long bytes) =>
        (bytes + Transport.Server.Memory.PartialFrameBudget.BlockSize - 1) / Transport.Server.Memory.PartialFrameBudget.BlockSize
        * Transport.Server.Memory.PartialFrameBudget.BlockSize;

    private static string Seconds(TimeSpan value) => value.TotalSeconds.ToString(value.TotalSeconds < 10 ? "0.0" : "0", System.Globalization.CultureInfo.InvariantCulture) + " s";

    private static C2G_LoginGate AnonymousFrame() => new() { RpcId = 1, GateKey = (BitConverter.ToInt64(RandomNumberGenerator.GetBytes(8)) & long.MaxValue) | 1 };

    private static C2R_Login LoginFrame(int round) => new() { RpcId = round + 1, Account = "ann", Password = "guess" + round };

    private static async Task<bool> SendQuietlyAsync(RawPeer peer, IWireMessage message, CancellationToken cancellationToken)
    {
        var frame = new ArrayBufferWriter<byte>();
        FrameFormat.Write(frame, message, FrameFormat.DefaultMaxFrameSize);
        return await SendQuietlyAsync(peer, frame.WrittenMemory.ToArray(), cancellationToken);
    }

    private static async Task<bool> SendQuietlyAsync(RawPeer peer, byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            await peer.SendAsync(bytes, cancellationToken);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            // The server closed this connection: exactly what the limits are for.
            return false;
        }
    }

    private async Task<PlayerFigures> ProbeAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(_scale.RampUp, cancellationToken);
        return await PlayerProbe.MeasureAsync(Target, _scale.ProbeRequests, _scale.ProbeSpacing, cancellationToken);
    }
}
