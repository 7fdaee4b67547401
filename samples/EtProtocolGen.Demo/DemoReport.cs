using System.Collections.Generic;
using System.Linq;
using EtProtocolGen.Demo.Attacks;

namespace EtProtocolGen.Demo;

/// <summary>What the demo observed: the player's sessions before and after the attacks, and every attack's outcome.</summary>
/// <param name="ServedBefore">The normal session completed before the attacks.</param>
/// <param name="GameMasterServed">The real game master's command was handled (authorization is by role, not deny-all).</param>
/// <param name="Attacks">One outcome per attack, in the order run.</param>
/// <param name="ServedAfter">The normal session completed after the attacks.</param>
public sealed record DemoReport(bool ServedBefore, bool GameMasterServed, IReadOnlyList<AttackOutcome> Attacks, bool ServedAfter)
{
    /// <summary>
    /// Every attack was refused and the legitimate players were served, also while the lasting attacks ran (logged in, every
    /// request answered; the latency targets are for the figures run, not for the verdict on a shared machine).
    /// </summary>
    public bool Passed => ServedBefore && GameMasterServed && ServedAfter && Attacks.Count != 0
        && Attacks.All(static attack => attack.Refused && (attack.Player is null || attack.Player.Served));
}
