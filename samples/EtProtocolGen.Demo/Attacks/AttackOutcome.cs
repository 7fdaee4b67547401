using EtProtocolGen.Demo.Player;

namespace EtProtocolGen.Demo.Attacks;

/// <summary>One row of the demo's table: what the attacker sent, what the server did (from its counters), and whether that counts as refused.</summary>
/// <param name="Attempt">The attack's name.</param>
/// <param name="Sent">What went on the wire.</param>
/// <param name="ServerDid">What the server's counters and the attacker's connection showed.</param>
/// <param name="Refused">True when the observations prove the attack was refused and reached no handler.</param>
/// <param name="Player">What the legitimate player saw while the attack ran, for attacks that last; null for one-shot attacks.</param>
public sealed record AttackOutcome(string Attempt, string Sent, string ServerDid, bool Refused, PlayerFigures? Player = null);
