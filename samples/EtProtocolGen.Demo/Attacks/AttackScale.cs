using System;

namespace EtProtocolGen.Demo.Attacks;

/// <summary>How big and how long the attacks that last are: the quick demo's, or the figures run's (issue #19's sizes).</summary>
/// <param name="SlotAttempts">Connections the slot holder tries to open.</param>
/// <param name="SlotDuration">How long it keeps trying, spreading its attempts evenly.</param>
/// <param name="SlotRepeat">How often each of its connections sends its cheap anonymous frame again.</param>
/// <param name="LoginFloodConnections">Connections that send wrong-password realm logins.</param>
/// <param name="LoginsPerSecond">Logins each of them sends a second.</param>
/// <param name="LoginFloodDuration">How long the login flood lasts.</param>
/// <param name="SlowReaders">Logged-in players who never read.</param>
/// <param name="Chatters">Honest players who chat meanwhile.</param>
/// <param name="ChatDuration">How long they chat at most (they stop once every slow reader is gone).</param>
/// <param name="PartialFrames">Connections that each hold 65,535 bytes of a 64 KiB frame.</param>
/// <param name="PartialFrameHold">How long the flood holds them before letting go.</param>
/// <param name="ProbeRequests">Requests the player sends during each attack.</param>
/// <param name="ProbeSpacing">The gap between two of the player's requests (under its message rate).</param>
/// <param name="RampUp">How long an attack runs before the player starts.</param>
public sealed record AttackScale(
    int SlotAttempts,
    TimeSpan SlotDuration,
    TimeSpan SlotRepeat,
    int LoginFloodConnections,
    int LoginsPerSecond,
    TimeSpan LoginFloodDuration,
    int SlowReaders,
    int Chatters,
    TimeSpan ChatDuration,
    int PartialFrames,
    TimeSpan PartialFrameHold,
    int ProbeRequests,
    TimeSpan ProbeSpacing,
    TimeSpan RampUp)
{
    /// <summary>The default run: every attack in a few seconds, against the demo's lowered limits.</summary>
    public static AttackScale Quick { get; } = new(
        SlotAttempts: 200,
        SlotDuration: TimeSpan.FromSeconds(3),
        SlotRepeat: TimeSpan.FromMilliseconds(500),
        LoginFloodConnections: 10,
        LoginsPerSecond: 45,
        LoginFloodDuration: TimeSpan.FromSeconds(3),
        SlowReaders: 10,
        Chatters: 5,
        ChatDuration: TimeSpan.FromSeconds(20),
        PartialFrames: 56,
        PartialFrameHold: TimeSpan.FromSeconds(3),
        ProbeRequests: 50,
        ProbeSpacing: TimeSpan.FromMilliseconds(20),
        RampUp: TimeSpan.FromMilliseconds(500));

    /// <summary>The figures run (<c>--figures</c>): the sizes issue #19 measured, against the transport's default limits.</summary>
    public static AttackScale Figures { get; } = new(
        SlotAttempts: 10_050,
        SlotDuration: TimeSpan.FromSeconds(100),
        SlotRepeat: TimeSpan.FromSeconds(45),
        LoginFloodConnections: 100,
        LoginsPerSecond: 45,
        LoginFloodDuration: TimeSpan.FromSeconds(60),
        SlowReaders: 20,
        Chatters: 10,
        ChatDuration: TimeSpan.FromSeconds(60),
        PartialFrames: 3_000,
        PartialFrameHold: TimeSpan.FromSeconds(8),
        ProbeRequests: 200,
        ProbeSpacing: TimeSpan.FromMilliseconds(25),
        RampUp: TimeSpan.FromSeconds(5));
}
